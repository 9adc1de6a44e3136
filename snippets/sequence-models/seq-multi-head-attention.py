import matplotlib.pyplot as plt
import numpy as np

np.set_printoptions(precision=3, suppress=True, floatmode="fixed")
d_model, h = 512, 8
for heads, width in ((1, d_model), (h, d_model // h)):  # W_Q, W_K, W_V per head, plus W_O
    params = heads * 3 * d_model * width + d_model * d_model
    print(f"{heads} x {width:>3}-wide: {params:,} parameters, Q K^T takes n^2 x {heads * width} "
          f"multiply-adds, number of n x n weight matrices: {heads}")

# A toy sequence; each token's embedding = one-hot position (8) + one-hot token (4).
seq = ["A", "B", "C", "A", "B", "D", "A", "C"]
vocab, n = sorted(set(seq)), len(seq)
P, T = np.eye(n), np.eye(len(vocab))[[vocab.index(s) for s in seq]]
beta = 4.0  # how sharply each hand-set head attends
shift = np.eye(n, k=-1)  # row i is e_(i-1): moves each position one step back


def softmax(S):
    E = np.exp(S - S.max(axis=-1, keepdims=True))
    return E / E.sum(axis=-1, keepdims=True)


scores = {"head 1: previous token": beta * (P @ shift) @ P.T,  # q_i = e_(i-1), k_j = e_j
          "head 2: same token": beta * T @ T.T}                # q_i = k_i = one-hot token
scores["one head, both projections"] = sum(scores.values())   # concatenated q and k: scores add
A = {name: softmax(S) for name, S in scores.items()}
i = 3
print(f"query at position {i} is '{seq[i]}', preceded by '{seq[i - 1]}'")
for name, W in A.items():
    print(f"{name:<27} weights {W[i]}  reads token mix {W[i] @ T}  ({'/'.join(vocab)})")

fig, axes = plt.subplots(1, 3, figsize=(12, 4.2))
for ax, (name, W) in zip(axes, A.items()):
    ax.imshow(W, cmap="viridis", vmin=0, vmax=1)
    ax.set(title=name, xticks=range(n), yticks=range(n), xticklabels=seq, yticklabels=seq,
           xlabel="key", ylabel="query")
fig.tight_layout()
