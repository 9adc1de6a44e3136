import numpy as np

np.set_printoptions(precision=3, suppress=True, floatmode="fixed", linewidth=100)
H, n = 4, 8  # heads, sequence length
slopes = 2.0 ** (-8 * np.arange(1, H + 1) / H)  # m_h = 2^(-8h/H): 1/4, 1/16, 1/64, 1/256
i, j = np.arange(n)[:, None], np.arange(n)[None, :]
distance = np.where(j <= i, i - j, np.inf)  # causal: keys after the query are masked
bias = 0.0 - slopes[:, None, None] * distance  # (H, n, n), added to q.k / sqrt(d)

print("slopes:", " ".join(f"1/{1 / m:.0f}" for m in slopes))
print(f"bias of head 1 (slope 1/{1 / slopes[0]:.0f}), -inf = masked:\n", bias[0])


def weights(b):  # softmax over keys when every content score is equal (all zero)
    e = np.exp(b - b.max())
    return e / e.sum()


print("\nlast query (position 7), weights on keys 0..7 with equal content scores:")
for h in range(H):
    print(f"head {h + 1} (slope 1/{1 / slopes[h]:.0f}):", weights(bias[h, -1]))

print("\nshare of attention on the 16 nearest keys, as the context grows:")
print("head    n=16   n=512  n=4096  n=65536")
for h in range(H):
    shares = []
    for length in (16, 512, 4096, 65536):
        w = weights(-slopes[h] * np.arange(length))  # distances 0 .. length-1
        shares.append(w[:16].sum())
    print(f"{h + 1:4d}  " + "  ".join(f"{s:6.4f}" for s in shares))
