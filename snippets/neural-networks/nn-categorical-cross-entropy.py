import numpy as np


def log_softmax(Z):  # z_k - logsumexp(z), with the largest logit subtracted first
    Zs = Z - Z.max(axis=1, keepdims=True)
    return Zs - np.log(np.exp(Zs).sum(axis=1, keepdims=True))


def ce_soft(Z, Y):  # mean over the batch of -sum_k y_k log p_k; Y one-hot or soft
    return -(Y * log_softmax(Z)).sum(axis=1).mean()


rng = np.random.default_rng(0)
n, K = 4, 5
Z = rng.normal(0.0, 2.0, size=(n, K))  # logits
labels = np.array([0, 3, 3, 1])  # integer class indices
Y = np.eye(K)[labels]  # the same targets as one-hot rows
eps = 0.1
Y_smooth = (1 - eps) * Y + eps / K  # label smoothing: 0.92 on the true class, 0.02 elsewhere

sparse = -log_softmax(Z)[np.arange(n), labels].mean()  # pick the true class, no one-hot needed
print(f"one-hot targets      {ce_soft(Z, Y):.6f}")
print(f"integer labels       {sparse:.6f}")
print(f"label-smoothed 0.1   {ce_soft(Z, Y_smooth):.6f}")

P = np.exp(log_softmax(Z))
for name, T in (("one-hot", Y), ("smoothed", Y_smooth)):
    grad = (P - T) / n  # analytic gradient of the mean loss
    num = np.zeros_like(Z)
    h = 1e-6
    for i in range(n):
        for k in range(K):
            E = np.zeros_like(Z)
            E[i, k] = h
            num[i, k] = (ce_soft(Z + E, T) - ce_soft(Z - E, T)) / (2 * h)
    err = np.abs(grad - num).max()
    print(f"{name:<9} targets: (p - y)/n matches finite differences to 1e-8: {err < 1e-8}")
print("example 0: p - y =", " ".join(f"{g:+.4f}" for g in P[0] - Y[0]))

Z0 = rng.normal(0.0, 0.01, size=(1000, K))  # a freshly initialized model: tiny logits
y0 = rng.integers(0, K, size=1000)
print(f"loss at initialization {-log_softmax(Z0)[np.arange(1000), y0].mean():.4f}  ln K = {np.log(K):.4f}")
