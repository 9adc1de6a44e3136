import matplotlib.pyplot as plt
import numpy as np

rel = np.array([3, 2, 0, 1, 0, 2])  # relevance labels of one query's items
s = np.array([1.2, 1.5, 0.3, 0.9, -0.4, 0.8])  # the model's scores
gain = 2.0**rel - 1
ideal = np.sum(np.sort(gain)[::-1] / np.log2(np.arange(2, rel.size + 2)))


def hard_rank(s):  # 1 = top; ties do not occur here
    return 1 + np.sum(s[None, :] > s[:, None], axis=1)


def smooth_rank(s, T):  # 1 + sum over j != i of sigmoid((s_j - s_i) / T)
    diff = (s[None, :] - s[:, None]) / T
    return 1 + np.sum(1 / (1 + np.exp(-diff)), axis=1) - 0.5  # drop the j = i term


def ndcg(ranks):
    return np.sum(gain / np.log2(1 + ranks)) / ideal


ranks = " ".join(str(v) for v in hard_rank(s))
print(f"hard ranks    [{ranks}]  NDCG {ndcg(hard_rank(s)):.4f}")
for T in (1.0, 0.1, 0.01):
    r = smooth_rank(s, T)
    print(f"T = {T:<5} ranks [{' '.join(f'{v:.2f}' for v in r)}]  ApproxNDCG {ndcg(r):.4f}")

# Move item 0 (the most relevant) from the bottom to the top of the list
grid = np.linspace(-1.0, 2.5, 700)  # steps that never land exactly on a tie
fig, ax = plt.subplots(figsize=(7, 4))
curves = {"exact NDCG": hard_rank}
for T in (0.5, 0.1, 0.02):
    curves[f"ApproxNDCG, T = {T}"] = lambda v, T=T: smooth_rank(v, T)
for label, rank_fn in curves.items():
    values = [ndcg(rank_fn(np.r_[g, s[1:]])) for g in grid]
    ax.plot(grid, values, lw=2.5 if label == "exact NDCG" else 1.5, label=label)
ax.set(xlabel="score of item 0 (relevance 3)", ylabel="NDCG",
       title="Exact NDCG jumps at every swap; ApproxNDCG is smooth")
ax.legend()
ax.grid(alpha=0.3)
fig.tight_layout()
