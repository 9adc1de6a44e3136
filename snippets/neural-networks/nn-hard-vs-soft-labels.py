import numpy as np

classes = ["cat", "lynx", "dog"]
p_hat = np.array([0.70, 0.20, 0.10])  # the model's predicted probabilities
targets = {
    "hard (one-hot)": np.array([1.00, 0.00, 0.00]),
    "soft (votes)": np.array([0.80, 0.15, 0.05]),  # e.g. 16 of 20 annotators said cat
}


def cross_entropy(y, q):
    return -np.sum(y * np.log(q)) + 0.0  # + 0.0 turns -0.0 into 0.0


def entropy(y):
    y = y[y > 0]  # 0 log 0 = 0
    return -np.sum(y * np.log(y)) + 0.0


for name, y in targets.items():
    terms = -y * np.log(p_hat) + 0.0  # one contribution per class
    ce = cross_entropy(y, p_hat)
    print(f"{name}: per-class terms "
          + ", ".join(f"{c} {t:.4f}" for c, t in zip(classes, terms)))
    print(f"  cross-entropy {ce:.4f} = lowest possible H(y) {entropy(y):.4f} "
          f"+ KL {ce - entropy(y):.4f}")
    print("  gradient wrt logits (p_hat - y): " + ", ".join(f"{g:+.2f}" for g in p_hat - y))

candidates = {"confident (0.98, 0.01, 0.01)": np.array([0.98, 0.01, 0.01]),
              "equal to votes (0.80, 0.15, 0.05)": np.array([0.80, 0.15, 0.05]),
              "current (0.70, 0.20, 0.10)": p_hat}
print(f"\n{'prediction':34s} {'CE vs hard':>10s} {'CE vs soft':>10s}")
for name, q in candidates.items():
    print(f"{name:34s} {cross_entropy(targets['hard (one-hot)'], q):10.4f} "
          f"{cross_entropy(targets['soft (votes)'], q):10.4f}")
