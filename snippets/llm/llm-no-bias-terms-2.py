import numpy as np

rng = np.random.default_rng(0)
dh, n = 8, 6  # head size; the query sits at position 5 and sees keys at positions 0..5
q, K, Vv = rng.normal(size=dh), rng.normal(size=(n, dh)), rng.normal(size=(n, dh))
b_k, b_v = rng.normal(size=dh), rng.normal(size=dh)  # a key bias and a value bias


def softmax(s):
    e = np.exp(s - s.max())
    return e / e.sum()


def rope(v, pos):  # rotate pairs (i, i + dh/2) by angle pos * theta_i
    half = dh // 2
    ang = np.multiply.outer(pos, 10000.0 ** (-np.arange(half) / half))
    c, s, v1, v2 = np.cos(ang), np.sin(ang), v[..., :half], v[..., half:]
    return np.concatenate([v1 * c - v2 * s, v1 * s + v2 * c], axis=-1)


# scores skip the 1/sqrt(dh) scale, which changes no conclusion here
pos = np.arange(n)
a, a_b = softmax(K @ q), softmax((K + b_k) @ q)
print(f"no RoPE, key bias:   max change in attention weights {np.abs(a_b - a).max():.6f}")
out_shift = a @ (Vv + b_v) - a @ Vv  # the weights sum to 1
print(f"no RoPE, value bias: output shift minus b_v, max {np.abs(out_shift - b_v).max():.6f}")

qr = rope(q, n - 1)
a_rope = softmax(rope(K, pos) @ qr)
a_rope_b = softmax(rope(K + b_k, pos) @ qr)
print(f"RoPE, key bias:      max change in attention weights {np.abs(a_rope_b - a_rope).max():.6f}")
extra = rope(np.tile(b_k, (n, 1)), pos) @ qr  # the score term the key bias adds, per key
for j in pos:
    print(f"  key at distance {n - 1 - j}: bias adds {extra[j]:+.4f} to the score")
