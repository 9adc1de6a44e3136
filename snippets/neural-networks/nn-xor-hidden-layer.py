import matplotlib.pyplot as plt
import numpy as np

X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
y = np.array([0, 1, 1, 0])
relu = lambda z: np.maximum(0.0, z)

# Hand-built network: h1 = "at least one input on", h2 = "both inputs on"
h1 = relu(X[:, 0] + X[:, 1])
h2 = relu(X[:, 0] + X[:, 1] - 1)
y_hat = h1 - 2 * h2
print("x1 x2 | h1 h2 | output  target")
for (a, b), p, q, o, t in zip(X, h1, h2, y_hat, y):
    print(f" {a:.0f}  {b:.0f} | {p:.0f}  {q:.0f}  | {o:6.1f}  {t:5d}")

# Every linear threshold classifier: predict 1 where w1*x1 + w2*x2 + b > 0
rng = np.random.default_rng(0)
w = rng.normal(size=(200_000, 2))
b = rng.normal(size=(200_000, 1))
pred = (w @ X.T + b > 0).astype(int)  # (200000, 4): one row per random line
acc = (pred == y).mean(axis=1)
print(f"\nbest accuracy of 200,000 random lines on XOR: {acc.max():.2f}")
best_share = (acc == acc.max()).mean()
print(f"lines reaching it: {best_share:.3f} of all; reaching 1.00: {(acc == 1).sum()}")

fig, (ax_in, ax_h) = plt.subplots(1, 2, figsize=(10, 4.3))
colors = np.where(y == 1, "tab:orange", "tab:blue")
for cls, col in ((0, "tab:blue"), (1, "tab:orange")):
    ax_in.scatter(*X[y == cls].T, c=col, s=160, edgecolor="k", zorder=3, label=f"XOR = {cls}")
ax_in.legend(loc="center")
ax_in.set(title="Input space: no line separates the colours", xlabel="x1", ylabel="x2",
          xlim=(-0.4, 1.4), ylim=(-0.4, 1.4))
ax_h.scatter(h1, h2, c=colors, s=160, edgecolor="k", zorder=3)
ax_h.annotate("(0,1) and (1,0)", (1, 0), xytext=(1.05, 0.12))
t = np.linspace(-0.4, 2.4, 2)
ax_h.plot(t, (t - 0.5) / 2, "k--", label="h1 - 2 h2 = 0.5")  # the output's threshold line
ax_h.set(title="Hidden space (h1, h2): one line does it", xlabel="h1 = ReLU(x1 + x2)",
         ylabel="h2 = ReLU(x1 + x2 - 1)", xlim=(-0.4, 2.4), ylim=(-0.4, 1.4))
ax_h.legend(loc="upper left")
for ax in (ax_in, ax_h):
    ax.grid(alpha=0.3)
fig.tight_layout()
