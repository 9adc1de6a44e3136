import numpy as np


def ln(x):  # LayerNorm over features (gain 1, bias 0, as at initialization); returns output, std
    s = x.std(-1, keepdims=True)
    return (x - x.mean(-1, keepdims=True)) / s, s


def ln_back(g, y, s):  # backward pass of ln: gradient w.r.t. its input, given output y and std s
    return (g - g.mean(-1, keepdims=True) - y * (g * y).mean(-1, keepdims=True)) / s


def run(L, pre, seed, d=64, T=16):  # L blocks whose sublayer is a ReLU FFN, T token vectors
    rng = np.random.default_rng(seed)
    W1 = rng.normal(0, np.sqrt(2 / (5 * d)), (L, d, 4 * d))  # Xavier normal
    W2 = rng.normal(0, np.sqrt(2 / (5 * d)), (L, 4 * d, d))
    x, cache = rng.normal(size=(T, d)), []
    for l in range(L):
        u, su = ln(x) if pre else (x, 1.0)  # Pre-LN normalizes only the sublayer input
        r = np.maximum(u @ W1[l], 0)
        z = x + r @ W2[l]  # residual addition
        x, s = (z, 1.0) if pre else ln(z)  # Post-LN normalizes the sum
        cache.append((u, su, r, x, s))
    rms = np.sqrt((x**2).mean())  # size of the residual stream after the last block
    g_out = rng.normal(size=(T, d))  # gradient of a random linear loss w.r.t. the output
    y, s = ln(x) if pre else (x, 1.0)  # Pre-LN needs a final LN after the last block
    g = ln_back(g_out, y, s) if pre else g_out
    for l in reversed(range(L)):
        u, su, r, x, s = cache[l]
        gz = g if pre else ln_back(g, x, s)  # Post-LN: every step crosses an LN Jacobian
        if l == L - 1:
            g_last = np.linalg.norm(r.T @ gz)  # |dLoss/dW2| of the last block
        gu = ((r > 0) * (gz @ W2[l].T)) @ W1[l].T
        g = gz + (ln_back(gu, u, su) if pre else gu)  # identity path + sublayer path
    return rms, g_last, np.linalg.norm(g) / np.linalg.norm(g_out)


print("depth  norm  stream rms  |grad W2| last block  |grad at input|/|grad at output|")
for L in (6, 24, 96):
    for name, pre in (("Post", False), ("Pre", True)):
        r = np.array([run(L, pre, seed) for seed in range(8)])  # 8 random initializations
        print(f"{L:5d}  {name:<4}  {np.median(r[:, 0]):10.2f}  {np.median(r[:, 1]):20.1f}"
              f"   {r[:, 2].min():.2f} to {r[:, 2].max():.2f}")
