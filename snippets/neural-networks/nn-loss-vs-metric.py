import numpy as np

rng = np.random.default_rng(0)
n = 200
X = rng.normal(size=(n, 2))
y = (X @ np.array([1.5, -1.0]) + rng.normal(scale=1.0, size=n) > 0).astype(float)


def log_loss(p, y):
    return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))


def accuracy(p, y):
    return np.mean((p > 0.5) == (y == 1))


w = np.array([1.0, -0.5])  # a logistic model p = sigmoid(w . x), no bias
print("nudge w1 by    log loss   accuracy")
table = {}
for dw in (-0.010, -0.005, 0.0, 0.005, 0.010):
    p = 1 / (1 + np.exp(-(X @ (w + np.array([dw, 0.0])))))
    table[dw] = (log_loss(p, y), accuracy(p, y))
    print(f"{dw:+11.3f}   {table[dw][0]:9.6f}   {table[dw][1]:8.3f}")
slopes = [(table[0.01][k] - table[-0.01][k]) / 0.02 for k in (0, 1)]
print(f"slope d/dw1:   {slopes[0]:+9.4f}   {slopes[1]:+8.3f}")

# Same labels, same hard decisions, different confidence
y4 = np.array([1.0, 1.0, 0.0, 0.0])
models = {
    "cautious": np.array([0.60, 0.40, 0.45, 0.30]),
    "confident": np.array([0.99, 0.03, 0.02, 0.01]),
}
print("\nmodel       probabilities             accuracy   cross-entropy")
for name, p in models.items():
    probs = " ".join(f"{v:.2f}" for v in p)
    print(f"{name:<10}  {probs:<24}  {accuracy(p, y4):8.2f}   {log_loss(p, y4):13.4f}")
