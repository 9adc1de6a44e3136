import numpy as np

V, k, top_p, n = 20, 5, 0.9, 10_000
rank = np.arange(V)
dists = {  # next-token logits, already sorted from most to least likely
    "peaked": np.r_[5.0, 2.0, 1.5, 1.0, 0.8, 0.5, 0.3 - 0.1 * np.arange(V - 6)],
    "flat": 1.5 - 0.12 * rank,
}
rng = np.random.default_rng(0)


def softmax(z):
    e = np.exp(z - z.max())
    return e / e.sum()


print(f"{'':<26}|{f'top-k (k={k})':^23}|{f'top-p (p={top_p})':^23}| top token's")
print("dist    T    p_max  H/nat |" + " kept  min in  max out |" * 2 + " freq: k, p")
for name, z in dists.items():
    for T in (0.7, 1.0, 1.3):
        p = softmax(z / T)  # temperature first
        H = -(p * np.log(p)).sum()
        keep_k = rank < k  # logits are sorted, so the top k are the first k
        before = np.cumsum(p) - p  # mass of the tokens ranked above each one
        keep_p = before < top_p  # smallest prefix whose mass reaches p
        row = f"{name:<7} {T:.1f}  {p[0]:.3f}  {H:.3f} |"
        freqs = []
        for keep in (keep_k, keep_p):
            row += f" {keep.sum():>4d}  {p[keep].min():.4f}  {p[~keep].max():7.4f} |"
            q = np.where(keep, p, 0.0) / p[keep].sum()  # renormalize the survivors
            draws = rng.choice(V, size=n, p=q)  # 10,000 sampled tokens
            freqs.append(np.mean(draws == 0))
        print(row + f" {freqs[0]:.3f}, {freqs[1]:.3f}")
