from itertools import pairwise

import numpy as np

# Best case through 10 layers: every unit sits where its derivative is largest
print(f"best case over 10 layers: sigmoid keeps {0.25**10:.2e} of the gradient, ReLU {1.0**10:.2f}")

acts = {  # name: (f, f' written with the output a = f(z), weight-variance factor of its init)
    "sigmoid": (lambda z: 1 / (1 + np.exp(-z)), lambda a: a * (1 - a), 1.0),  # LeCun init
    "tanh": (np.tanh, lambda a: 1 - a**2, 1.0),  # LeCun init
    "ReLU": (lambda z: np.maximum(z, 0), lambda a: (a > 0) * 1.0, 2.0),  # He init
}
rng = np.random.default_rng(0)
X = rng.uniform(-2, 2, size=(128, 2))
y = np.sin(2 * X[:, :1]) * np.cos(X[:, 1:])  # smooth regression target, shape (128, 1)
sizes = [2, 16, 16, 16, 16, 1]  # four hidden layers
Z = [rng.normal(size=(m, n)) / np.sqrt(m) for m, n in pairwise(sizes)]  # shared draw
print(f"loss of always predicting the mean: {y.var():.4f}")
print(f"{'':<8}{'|grad W1| at start':>19}{'loss@100':>11}{'loss@500':>11}{'loss@2000':>11}")
for name, (f, df, var_factor) in acts.items():
    W = [z * np.sqrt(var_factor) for z in Z]
    b = [np.zeros(n) for n in sizes[1:]]
    report = []
    for step in range(1, 2001):
        hs = [X]  # forward pass, keeping every layer's output
        for l in range(len(W)):
            z = hs[-1] @ W[l] + b[l]
            hs.append(z if l == len(W) - 1 else f(z))
        err = hs[-1] - y
        g = 2 * err / len(X)  # dLoss/d(output) for the mean squared error
        for l in reversed(range(len(W))):  # backward pass and plain gradient descent step
            grad_W, grad_b = hs[l].T @ g, g.sum(axis=0)
            if l > 0:
                g = (g @ W[l].T) * df(hs[l])
            if step == 1 and l == 0:
                report.append(f"{np.linalg.norm(grad_W):19.2e}")
            W[l] -= 0.1 * grad_W
            b[l] -= 0.1 * grad_b
        if step in (100, 500, 2000):
            report.append(f"{np.mean(err**2):11.4f}")
    print(f"{name:<8}" + "".join(report))
