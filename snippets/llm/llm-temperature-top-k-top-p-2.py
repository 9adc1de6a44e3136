import matplotlib.pyplot as plt
import numpy as np

V, k, top_p = 20, 5, 0.9
rank = np.arange(V)
dists = {  # the same sorted logits as in the first cell, at T = 1
    "peaked": np.r_[5.0, 2.0, 1.5, 1.0, 0.8, 0.5, 0.3 - 0.1 * np.arange(V - 6)],
    "flat": 1.5 - 0.12 * rank,
}
colors = {"both keep": "tab:green", "top-k only": "tab:orange",
          "top-p only": "tab:blue", "both drop": "lightgray"}

fig, axes = plt.subplots(1, 2, figsize=(11, 4))
for ax, (name, z) in zip(axes, dists.items()):
    p = np.exp(z - z.max())
    p /= p.sum()
    keep_k = rank < k
    keep_p = np.cumsum(p) - p < top_p
    label = np.where(keep_k & keep_p, "both keep",
                     np.where(keep_k, "top-k only",
                              np.where(keep_p, "top-p only", "both drop")))
    for lab, col in colors.items():
        sel = label == lab
        ax.bar(rank[sel] + 1, p[sel], color=col, label=f"{lab} ({sel.sum()})")
        print(f"{name:<6} {lab:<10}: {sel.sum():>2d} tokens, mass {p[sel].sum():.3f}")
    ax.set(title=f"{name} distribution (T = 1)", xlabel="token rank",
           ylabel="probability (log scale)", yscale="log",
           xticks=[1, 5, 10, 15, 20])
    ax.legend()
fig.tight_layout()
