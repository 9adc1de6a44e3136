import numpy as np

rng = np.random.default_rng(1)
n = 50_000
x = rng.normal(size=n)
true_p = 1 / (1 + np.exp(-(-5.0 + 1.5 * x)))  # logistic model with rare positives
y = (rng.uniform(size=n) < true_p).astype(float)
X = np.c_[np.ones(n), x]  # intercept column and one feature
n1 = y.sum()
w1 = (n - n1) / n1  # inverse-frequency weight for positives, negatives keep weight 1
print(f"positives: {n1:.0f} of {n} ({n1 / n:.4f}), positive weight w1 = {w1:.2f}")


def fit_logistic(sample_w):
    theta = np.zeros(2)
    for _ in range(30):  # Newton's method on the weighted cross-entropy
        p = 1 / (1 + np.exp(-X @ theta))
        grad = X.T @ (sample_w * (p - y))
        hess = (X * (sample_w * p * (1 - p))[:, None]).T @ X
        theta -= np.linalg.solve(hess, grad)
    return theta


def report(name, logits):
    p = 1 / (1 + np.exp(-logits))
    pred = p > 0.5
    hits = (pred & (y == 1)).sum()
    print(f"{name:28s} mean p {p.mean():.4f}  recall@0.5 {hits / n1:.3f}  "
          f"precision@0.5 {hits / pred.sum():.3f}")


theta_plain = fit_logistic(np.ones(n))
theta_w = fit_logistic(np.where(y == 1, w1, 1.0))
print(f"plain CE:    intercept {theta_plain[0]:.3f}  slope {theta_plain[1]:.3f}")
print(f"weighted CE: intercept {theta_w[0]:.3f}  slope {theta_w[1]:.3f}  "
      f"(intercept shift {theta_w[0] - theta_plain[0]:.3f}, log w1 = {np.log(w1):.3f})")
report("plain CE", X @ theta_plain)
report("weighted CE", X @ theta_w)
report("weighted CE, logit - log w1", X @ theta_w - np.log(w1))

q = np.linspace(0.0005, 0.9995, 19_991)  # candidate predictions
for pi in (0.6, 0.9, 0.99):  # true probability that y = 1
    fl = -pi * (1 - q) ** 2 * np.log(q) - (1 - pi) * q**2 * np.log(1 - q)  # expected FL
    print(f"true p {pi:.2f}: expected focal loss (gamma=2) lowest at p = {q[fl.argmin()]:.3f}")
