import matplotlib.pyplot as plt
import numpy as np
from scipy.special import erf

acts = {  # name: (f, f')
    "ReLU": (lambda z: np.maximum(z, 0.0), lambda z: (z > 0).astype(float)),
    "GELU": (lambda z: 0.5 * z * (1 + erf(z / np.sqrt(2))),
             lambda z: 0.5 * (1 + erf(z / np.sqrt(2))) + z * np.exp(-z * z / 2) / np.sqrt(2 * np.pi)),
}
rng = np.random.default_rng(0)
angle, label = rng.uniform(0, 2 * np.pi, 600), rng.integers(0, 2, 600)
X = np.c_[np.cos(angle), np.sin(angle)] * (1.0 - 0.5 * label[:, None]) + rng.normal(0, 0.15, (600, 2))
Xtr, ytr, Xte, yte = X[:100], label[:100], X[100:], label[100:]
g1, g2 = np.meshgrid(np.linspace(-1.6, 1.6, 161), np.linspace(-1.6, 1.6, 161))
grid = np.c_[g1.ravel(), g2.ravel()]

fig, axes = plt.subplots(1, 2, figsize=(10, 4.8))
for ax, (name, (f, df)) in zip(axes, acts.items()):
    r = np.random.default_rng(1)  # same initial weights for both networks
    P = [r.normal(0, 1.0, (2, 12)), np.zeros(12), r.normal(0, 0.3, 12), np.zeros(1)]
    M, V = [np.zeros_like(p) for p in P], [np.zeros_like(p) for p in P]
    for t in range(1, 1001):  # full-batch Adam on the logistic loss
        z = Xtr @ P[0] + P[1]
        g = (1 / (1 + np.exp(-(f(z) @ P[2] + P[3]))) - ytr) / len(ytr)
        gz = np.outer(g, P[2]) * df(z)
        for p, m, v, grad in zip(P, M, V, (Xtr.T @ gz, gz.sum(0), f(z).T @ g, g.sum(keepdims=True))):
            m += 0.1 * (grad - m)
            v += 0.001 * (grad * grad - v)
            p -= 0.02 * m / (1 - 0.9**t) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    logit = lambda A: f(A @ P[0] + P[1]) @ P[2] + P[3]
    acc_tr, acc_te = np.mean((logit(Xtr) > 0) == ytr), np.mean((logit(Xte) > 0) == yte)
    print(f"{name}: train accuracy {acc_tr:.3f}, test accuracy {acc_te:.3f}")
    if name == "ReLU":  # each on/off pattern of the hidden units is one linear piece
        print(f"  linear pieces of the ReLU network inside the plot: {len(np.unique(grid @ P[0] + P[1] > 0, axis=0))}")
    ax.contourf(g1, g2, logit(grid).reshape(g1.shape) > 0, levels=1, colors=["#dde6f5", "#f7dede"])
    ax.contour(g1, g2, logit(grid).reshape(g1.shape), levels=[0], colors="k")
    ax.scatter(*Xtr.T, c=ytr, cmap="coolwarm", s=14, edgecolors="k", linewidths=0.4)
    ax.set(title=f"{name} network, 12 hidden units", aspect="equal")
fig.tight_layout()
