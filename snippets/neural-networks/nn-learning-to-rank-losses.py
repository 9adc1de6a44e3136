import numpy as np

rel = np.array([3, 2, 2, 1, 1, 0, 0, 0])  # graded relevance of one query's 8 items
models = {
    # close to the labels in value, but the best item is scored below two others
    "A (label-scale scores)": np.array([1.9, 2.2, 2.1, 1.2, 0.8, 0.3, -0.2, 0.1]),
    # right order, but on a 0-1 scale like a click model's outputs
    "B (probability scores)": np.array([0.90, 0.70, 0.65, 0.40, 0.35, 0.10, 0.06, 0.02]),
}


def dcg_at(k, gains_in_rank_order):
    g = gains_in_rank_order[:k]
    return np.sum((2.0**g - 1) / np.log2(np.arange(2, g.size + 2)))


def ndcg_at(k, scores, rel):
    order = np.argsort(-scores, kind="stable")  # item indices from top to bottom
    return dcg_at(k, rel[order]) / dcg_at(k, np.sort(rel)[::-1])


i, j = np.nonzero(rel[:, None] > rel[None, :])  # all pairs where item i is more relevant
for name, s in models.items():
    mse = np.mean((s - rel) ** 2)  # pointwise: regress each score onto its label
    swapped = np.sum(s[i] <= s[j])  # pairwise: pairs in the wrong order (0-1 pair loss)
    print(f"{name}: MSE {mse:.4f}  wrong pairs {swapped:2d} of {i.size}  "
          f"NDCG@3 {ndcg_at(3, s, rel):.4f}  NDCG@5 {ndcg_at(5, s, rel):.4f}")
