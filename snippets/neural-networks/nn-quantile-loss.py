import matplotlib.pyplot as plt
import numpy as np

rng = np.random.default_rng(5)
z = {0.1: -1.2815516, 0.5: 0.0, 0.9: 1.2815516}  # standard normal quantiles


def sample(n):  # heteroscedastic: y = 2 + 0.5 x + (0.2 + 0.3 x) * noise
    x = rng.uniform(0, 10, size=n)
    return x, 2.0 + 0.5 * x + (0.2 + 0.3 * x) * rng.normal(size=n)


x, y = sample(2000)
x_test, y_test = sample(20000)
X = np.column_stack([np.ones_like(x), (x - 5) / 10])  # intercept, centred x
lines = {}
for tau in z:
    w, w_sum = np.zeros(2), np.zeros(2)
    for t in range(1, 3001):
        r = y - X @ w
        g = -X.T @ np.where(r > 0, tau, tau - 1) / len(y)  # pinball subgradient
        w -= 10.0 / np.sqrt(t) * g
        if t > 1500:
            w_sum += w  # average the last 1500 iterates
    w = w_sum / 1500
    a, b = w[0] - 0.5 * w[1], w[1] / 10  # back to y_hat = a + b x
    lines[tau] = (a, b)
    below = y_test < a + b * x_test
    print(f"tau {tau}: y_hat = {a:.3f} + {b:.3f} x   (true {2 + 0.2 * z[tau]:.3f} + "
          f"{0.5 + 0.3 * z[tau]:.3f} x)")
    print(f"  share of test y below: {below.mean():.3f}   x < 5: "
          f"{below[x_test < 5].mean():.3f}   x >= 5: {below[x_test >= 5].mean():.3f}")

for v in (0.0, 10.0):
    fitted = (lines[0.9][0] - lines[0.1][0]) + (lines[0.9][1] - lines[0.1][1]) * v
    true = 2 * 1.2815516 * (0.2 + 0.3 * v)
    print(f"80% interval width at x = {v:4.1f}: {fitted:.3f} (true {true:.3f})")

fig, ax = plt.subplots(figsize=(7, 4.5))
ax.scatter(x, y, s=4, alpha=0.3, color="gray")
for tau, (a, b) in lines.items():
    ax.plot([0, 10], [a, a + 10 * b], lw=2, label=f"tau = {tau}")
ax.set(xlabel="x", ylabel="y", title="Linear quantile regression with the pinball loss")
ax.legend()
fig.tight_layout()
