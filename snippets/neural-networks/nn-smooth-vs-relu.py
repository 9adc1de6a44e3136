import numpy as np
from scipy.special import erf

acts = {  # name: (f, f')
    "ReLU": (lambda z: np.maximum(z, 0.0), lambda z: (z > 0).astype(float)),
    "GELU": (lambda z: 0.5 * z * (1 + erf(z / np.sqrt(2))),
             lambda z: 0.5 * (1 + erf(z / np.sqrt(2))) + z * np.exp(-z * z / 2) / np.sqrt(2 * np.pi)),
    "SiLU": (lambda z: z / (1 + np.exp(-z)),
             lambda z: (1 + np.exp(-z) * (1 + z)) / (1 + np.exp(-z)) ** 2),
}


def test_accuracy(X, y, f, df, seed, hidden=16, steps=250, lr=0.05, n_train=200):
    rng = np.random.default_rng(seed)  # the seed sets the initial weights only
    P = [rng.normal(0, np.sqrt(2 / X.shape[1]), (X.shape[1], hidden)), np.zeros(hidden),
         rng.normal(0, np.sqrt(1 / hidden), hidden), np.zeros(1)]
    M, V = [np.zeros_like(p) for p in P], [np.zeros_like(p) for p in P]
    Xtr, ytr = X[:n_train], y[:n_train]
    for t in range(1, steps + 1):  # full-batch Adam on the logistic loss
        z = Xtr @ P[0] + P[1]
        g = (1 / (1 + np.exp(-(f(z) @ P[2] + P[3]))) - ytr) / n_train
        gz = np.outer(g, P[2]) * df(z)
        for p, m, v, grad in zip(P, M, V, (Xtr.T @ gz, gz.sum(0), f(z).T @ g, g.sum(keepdims=True))):
            m += 0.1 * (grad - m)
            v += 0.001 * (grad * grad - v)
            p -= lr * m / (1 - 0.9**t) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    logits = f(X[n_train:] @ P[0] + P[1]) @ P[2] + P[3]
    return np.mean((logits > 0) == y[n_train:])


rng = np.random.default_rng(0)
t, label = rng.uniform(0, np.pi, 1200), rng.integers(0, 2, 1200)  # shared by the 2-D tasks
moons = np.c_[np.cos(t) + label, np.sin(t) * (1 - 2 * label) + 0.5 * label]
rings = np.c_[np.cos(2 * t), np.sin(2 * t)] * (1 - 0.5 * label[:, None])
blobs = rng.normal(size=(1200, 10))
tasks = {  # name: (inputs with noise, labels)
    "moons": (moons + rng.normal(0, 0.3, moons.shape), label),
    "circles": (rings + rng.normal(0, 0.2, rings.shape), label),
    "10-d XOR": (blobs, (blobs[:, 0] * blobs[:, 1] + 0.5 * blobs[:, 2] > 0).astype(float)),
}
seeds = range(4)
print(f"test accuracy (1000 points), mean +- std over {len(seeds)} initializations")
for task, (X, y) in tasks.items():
    acc = {n: np.array([test_accuracy(X, y, f, df, s) for s in seeds]) for n, (f, df) in acts.items()}
    cells = "   ".join(f"{n} {a.mean():.4f} +- {a.std():.4f}" for n, a in acc.items())
    wins = np.sum(acc["GELU"] > acc["ReLU"])
    print(f"{task:<11} {cells}   GELU beats ReLU on {wins}/{len(seeds)} seeds")
