import matplotlib.pyplot as plt
import numpy as np

K, lr, steps = 5, 1.0, 10_000
checkpoints = [10, 100, 1_000, 10_000]


def softmax(z):
    e = np.exp(z - z.max())
    return e / e.sum()


fig, ax = plt.subplots(figsize=(7, 4))
for eps in (0.0, 0.1):
    y = np.full(K, eps / K)
    y[0] += 1 - eps  # smoothed target: (1 - eps) one-hot + eps / K
    z = np.zeros(K)  # free logits, class 0 is the true class
    gaps = []
    for t in range(1, steps + 1):
        z -= lr * (softmax(z) - y)  # gradient of cross-entropy wrt the logits
        gaps.append(z[0] - z[1:].max())
        if t in checkpoints:
            loss = -np.sum(y * np.log(softmax(z)))
            print(f"eps={eps:.1f}  step {t:6d}: logit gap {gaps[-1]:.4f}  "
                  f"p(true) {softmax(z)[0]:.6f}  loss {loss:.6f}")
    ax.plot(np.arange(1, steps + 1), gaps, lw=2, label=f"eps = {eps}")

gap_star = np.log((1 - 0.1 + 0.1 / K) / (0.1 / K))
print(f"predicted optimum for eps=0.1: "
      f"log({1 - 0.1 + 0.1 / K:.4g} / {0.1 / K:.4g}) = {gap_star:.4f}")
ax.axhline(gap_star, color="gray", ls="--", lw=1, label="predicted optimum, eps = 0.1")
ax.set(xscale="log", xlabel="gradient step", ylabel="true logit minus other logits",
       title=f"Cross-entropy on free logits, K = {K}")
ax.legend()
ax.grid(alpha=0.3)
fig.tight_layout()
