import numpy as np

# The first cell's recipe (He init, zero biases, mean cross-entropy; lr 0.5 for 2,000 steps
# to save time) run for 100 seeds at once: every array gets a leading seed axis.
X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
y = np.array([[0], [1], [1], [0]], dtype=float)
S = 100


def train(width, act, steps=2000, lr=0.5):
    rng = np.random.default_rng(0)
    W1 = rng.normal(size=(S, 2, width)) * np.sqrt(2 / 2)
    W2 = rng.normal(size=(S, width, 1)) * np.sqrt(2 / width)
    b1, b2 = np.zeros((S, 1, width)), np.zeros((S, 1, 1))
    for _ in range(steps):
        Z1 = X @ W1 + b1                         # shape (S, 4, width)
        H = np.maximum(Z1, 0) if act == "ReLU" else np.tanh(Z1)
        y_hat = 1 / (1 + np.exp(-(H @ W2 + b2)))
        delta2 = (y_hat - y) / len(X)
        delta1 = (delta2 @ W2.transpose(0, 2, 1)) * ((Z1 > 0) if act == "ReLU" else 1 - H**2)
        W2 -= lr * H.transpose(0, 2, 1) @ delta2
        b2 -= lr * delta2.sum(1, keepdims=True)
        W1 -= lr * X.T @ delta1
        b1 -= lr * delta1.sum(1, keepdims=True)
    loss = -np.mean(y * np.log(y_hat) + (1 - y) * np.log(1 - y_hat), axis=(1, 2))
    solved = np.all(np.abs(y_hat - y) < 0.5, axis=(1, 2))  # all four on the right side of 0.5
    dead = np.all(Z1 <= 0, axis=1).sum(axis=1)   # hidden units silent on all four inputs
    return solved.mean(), np.unique(loss[~solved].round(2)), dead.mean()


print(f"{'hidden':>6} {'act.':>5} {'solved':>7} {'dead units':>11}   losses where the failed seeds stopped")
for width in (2, 4, 8):
    for act in ("ReLU", "tanh"):
        solved, plateaus, dead = train(width, act)
        dead_text = f"{dead:.2f} of {width}" if act == "ReLU" else "-"
        stops = " ".join(f"{p:.2f}" for p in plateaus) or "none failed"
        print(f"{width:6d} {act:>5} {solved:7.2f} {dead_text:>11}   {stops}")
