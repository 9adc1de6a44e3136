import matplotlib.pyplot as plt
import numpy as np

rng = np.random.default_rng(0)
n_sets, n_queries, n_keys = 25, 40, 32  # 25 sets of 32 keys, each scored by 40 queries


def softmax(S):
    E = np.exp(S - S.max(axis=-1, keepdims=True))
    return E / E.sum(axis=-1, keepdims=True)


def stats(S):
    """Mean largest weight, and mean Frobenius norm of the softmax Jacobian diag(p) - p p^T."""
    P = softmax(S).reshape(-1, n_keys)
    J = P[:, :, None] * np.eye(n_keys) - P[:, :, None] * P[:, None, :]
    return P.max(axis=1).mean(), np.linalg.norm(J, axis=(1, 2)).mean()


dims = [4, 16, 64, 256, 1024]
rows = {"raw": [], "scaled": []}
print(f"{'d_k':>5}{'std raw':>9}{'std scaled':>12}{'max w raw':>11}{'max w scaled':>14}"
      f"{'|J| raw':>9}{'|J| scaled':>12}")
for d_k in dims:
    Q = rng.normal(size=(n_sets, n_queries, d_k))  # unit-variance components
    K = rng.normal(size=(n_sets, n_keys, d_k))
    S = Q @ K.transpose(0, 2, 1)  # raw dot products, one row of 32 per query
    raw, scaled = stats(S), stats(S / np.sqrt(d_k))
    rows["raw"].append(raw)
    rows["scaled"].append(scaled)
    print(f"{d_k:5d}{S.std():9.2f}{(S / np.sqrt(d_k)).std():12.2f}{raw[0]:11.3f}"
          f"{scaled[0]:14.3f}{raw[1]:9.3f}{scaled[1]:12.3f}")

fig, (ax_w, ax_j) = plt.subplots(1, 2, figsize=(10, 4))
for name, marker in (("raw", "o"), ("scaled", "s")):
    ax_w.plot(dims, [r[0] for r in rows[name]], marker=marker, label=f"{name} scores")
    ax_j.plot(dims, [r[1] for r in rows[name]], marker=marker, label=f"{name} scores")
ax_w.axhline(1 / n_keys, color="gray", ls=":", label="uniform, 1/32")
ax_w.set(xscale="log", xlabel="d_k", ylabel="mean largest weight", title="Peakedness of the softmax")
ax_j.set(xscale="log", xlabel="d_k", ylabel="mean Frobenius norm", title="Softmax Jacobian")
for ax in (ax_w, ax_j):
    ax.grid(alpha=0.3)
    ax.legend()
fig.tight_layout()
