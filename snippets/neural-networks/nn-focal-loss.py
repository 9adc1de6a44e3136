import numpy as np

rng = np.random.default_rng(0)
n_neg, n_pos = 100_000, 100
y = np.r_[np.zeros(n_neg), np.ones(n_pos)]
# predicted foreground probability p: easy negatives sit near 0, hard positives near 0.3
p = np.r_[rng.uniform(0.001, 0.02, n_neg), rng.uniform(0.1, 0.5, n_pos)]


def focal(p, y, gamma, alpha=None):
    p_t = np.where(y == 1, p, 1 - p)  # probability given to the true label
    loss = -(1 - p_t) ** gamma * np.log(p_t)
    if alpha is not None:
        loss *= np.where(y == 1, alpha, 1 - alpha)
    return loss


print(f"{n_neg} easy negatives, {n_pos} hard positives")
for name, loss in [("cross-entropy", focal(p, y, 0)),
                   ("focal, gamma=2", focal(p, y, 2)),
                   ("focal, gamma=2, alpha=0.25", focal(p, y, 2, 0.25))]:
    neg, pos = loss[y == 0].sum(), loss[y == 1].sum()
    print(f"{name:27s} negatives {neg:9.3f}  positives {pos:8.3f}  "
          f"share from positives {pos / (neg + pos):.3f}")

for p_t in (0.9, 0.99):
    print(f"gamma=2 keeps {(1 - p_t) ** 2:.4%} of the cross-entropy at p_t = {p_t}")

# Bug: a 'focal loss' that keeps only the positive term, -y (1-p)^2 log p
buggy = -y * (1 - p) ** 2 * np.log(p)
print(f"positive-term-only version: loss from negatives {buggy[y == 0].sum():.3f}")

# Start of training: every anchor predicts the same p, set by the classifier bias
for pi in (0.5, 0.01):
    start = focal(np.full_like(y, pi), y, 2, 0.25)
    print(f"bias prior p={pi:<5}  loss / number of positives: negatives "
          f"{start[y == 0].sum() / n_pos:9.4f}  positives {start[y == 1].sum() / n_pos:.4f}")
