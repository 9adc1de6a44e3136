import matplotlib.pyplot as plt
import numpy as np

# relevance of the items in the order the model currently ranks them (rank 1 first)
rel = np.array([1, 3, 0, 2, 0, 1, 0, 2, 0, 0])
n = rel.size
gain = 2.0**rel - 1
discount = 1 / np.log2(np.arange(2, n + 2))  # 1 / log2(1 + rank)


def delta_ndcg(a, b, k):  # |change in NDCG@k| when the items at ranks a and b swap places
    cut = np.arange(1, n + 1) <= k  # positions beyond k are worth nothing
    ideal = np.sum((np.sort(gain)[::-1] * discount)[cut])
    return abs((gain[a - 1] - gain[b - 1]) * (discount[a - 1] * cut[a - 1]
                                             - discount[b - 1] * cut[b - 1])) / ideal


print("swap ranks   |dNDCG@10|   |dNDCG@3|")
for a, b in [(1, 2), (2, 4), (3, 4), (2, 9), (8, 9)]:
    print(f"  {a} <-> {b}     {delta_ndcg(a, b, 10):.4f}      {delta_ndcg(a, b, 3):.4f}")

fig, axes = plt.subplots(1, 2, figsize=(10, 4.2), layout="constrained")
for ax, k in zip(axes, (10, 3)):
    W = np.array([[delta_ndcg(a, b, k) for b in range(1, n + 1)] for a in range(1, n + 1)])
    im = ax.imshow(W, cmap="viridis", vmin=0, vmax=0.45)
    ax.set(title=f"pair weight |dNDCG@{k}|", xlabel="rank of item j",
           ylabel="rank of item i",
           xticks=range(n), xticklabels=range(1, n + 1), yticks=range(n),
           yticklabels=range(1, n + 1))
    nonzero = np.count_nonzero(W) // 2  # W is symmetric
    print(f"NDCG@{k}: {nonzero} of {n * (n - 1) // 2} pairs get a nonzero weight")
fig.colorbar(im, ax=axes, shrink=0.8)
