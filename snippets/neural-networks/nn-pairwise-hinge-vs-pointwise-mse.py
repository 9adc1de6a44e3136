import numpy as np

rng = np.random.default_rng(3)
n_queries, n_items, margin = 4, 6, 1.0
labels = [rng.integers(0, 4, n_items).astype(float) for _ in range(n_queries)]
scores = [y + rng.normal(0, 0.6, n_items) for y in labels]  # one fixed, imperfect scorer
offsets = np.array([0.0, 2.0, -1.0, 3.0])  # e.g. a different annotator pool per query


def pointwise_mse(labels):
    return np.mean(np.concatenate([(s - y) ** 2 for s, y in zip(scores, labels)]))


def pairwise_hinge(labels):
    total = 0.0
    for s, y in zip(scores, labels):
        i, j = np.nonzero(y[:, None] > y[None, :])  # pairs where item i should rank higher
        total += np.sum(np.maximum(0.0, margin - (s[i] - s[j])))
    return total


def wrong_pairs(labels):
    return sum(int(np.sum((y[:, None] > y[None, :]) & (s[:, None] <= s[None, :])))
               for s, y in zip(scores, labels))


variants = {
    "original labels": labels,
    "per-query offsets": [y + b for y, b in zip(labels, offsets)],
    "labels cubed (monotone)": [y**3 for y in labels],
}
for name, ys in variants.items():
    print(f"{name:24s} pointwise MSE {pointwise_mse(ys):7.4f}   "
          f"pairwise hinge {pairwise_hinge(ys):7.4f}   wrong pairs {wrong_pairs(ys)}")
