import numpy as np

rng = np.random.default_rng(3)
n = 200
y = np.where(rng.random(n) < 0.5, 1.0, -1.0)
X = rng.normal(size=(n, 2)) + 1.2 * y[:, None]  # two overlapping clouds
Xb = np.hstack([X, np.ones((n, 1))])  # last column: bias
lam = 0.01  # L2 penalty on the weights (not the bias)

# d loss / d margin for each loss; the margin is m = y * (Xb @ w)
dloss = {
    "hinge": lambda m: np.where(m < 1, -1.0, 0.0),
    "logistic": lambda m: -1 / (1 + np.exp(m)),
}
for name, g in dloss.items():
    w = np.zeros(3)
    for t in range(1, 10001):  # (sub)gradient descent with a decaying step
        m = y * (Xb @ w)
        grad = Xb.T @ (g(m) * y) / n + lam * np.r_[w[:2], 0.0]
        w -= 0.5 / np.sqrt(t) * grad
    m = y * (Xb @ w)
    p = 1 / (1 + np.exp(-(Xb @ w)))  # sigmoid of the score, read as P(y = +1)
    logloss = -np.mean(np.log(np.where(y > 0, p, 1 - p)))
    print(f"{name}: w = ({w[0]:.3f}, {w[1]:.3f}), b = {w[2]:+.3f}, "
          f"accuracy {np.mean(m > 0):.3f}")
    print(f"  margin below 1: {np.sum(m < 0.999)}, on the margin (m = 1): "
          f"{np.sum(np.abs(m - 1) <= 0.001)}, beyond: {np.sum(m > 1.001)}")
    if name == "logistic":
        print(f"  smallest |d loss/dm| {np.abs(g(m)).min():.2e}; "
              f"examples with |d loss/dm| > 0.01: {np.sum(np.abs(g(m)) > 0.01)} of {n}")
    print(f"  log loss of sigmoid(score) as a probability: {logloss:.4f}")
