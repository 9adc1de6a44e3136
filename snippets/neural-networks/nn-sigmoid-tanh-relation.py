import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


x = np.linspace(-10, 10, 2001)  # contains x = 0
tol = 1e-12
gap1 = np.abs(np.tanh(x) - (2 * sigmoid(2 * x) - 1)).max()
gap2 = np.abs(sigmoid(x) - (1 + np.tanh(x / 2)) / 2).max()
print(f"tanh(x) == 2*sigmoid(2x) - 1 on the grid (max gap < {tol:.0e}): {gap1 < tol}")
print(f"sigmoid(x) == (1 + tanh(x/2)) / 2 on the grid:               {gap2 < tol}")

derivatives = {"sigmoid": lambda t: sigmoid(t) * (1 - sigmoid(t)),
               "tanh": lambda t: 1 - np.tanh(t) ** 2}
for name, d in derivatives.items():
    print(f"{name:<8} peak derivative {d(x).max():.4f} at x = {x[d(x).argmax()]:.1f}, "
          f"derivative at x = 5: {d(5.0):.6f}")

# A 2-layer tanh network and a sigmoid network built from it by rescaling weights and biases
rng = np.random.default_rng(0)
W1, b1 = rng.normal(size=(16, 3)), rng.normal(size=16)
W2, b2 = rng.normal(size=(1, 16)), rng.normal(size=1)
X = rng.normal(size=(500, 3))
y_tanh = np.tanh(X @ W1.T + b1) @ W2.T + b2
# tanh(z) = 2 sigmoid(2z) - 1, so: double W1 and b1, double W2, and move -W2 @ 1 into b2
y_sig = sigmoid(X @ (2 * W1).T + 2 * b1) @ (2 * W2).T + (b2 - W2.sum(axis=1))
print(f"tanh net vs rescaled sigmoid net, same outputs on 500 inputs: "
      f"{np.abs(y_tanh - y_sig).max() < tol}")
