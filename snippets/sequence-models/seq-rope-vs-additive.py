import numpy as np

rng = np.random.default_rng(1)
d = 16
freq = 10000.0 ** (-np.arange(0, d, 2) / d)


def sinusoid(p):  # additive encoding: (sin, cos) of p * freq_i, interleaved
    return np.ravel(np.column_stack([np.sin(p * freq), np.cos(p * freq)]))


def rope(v, p):  # rotate pair i of v by p * freq_i
    c, s = np.cos(p * freq), np.sin(p * freq)
    return np.ravel(np.column_stack([c * v[0::2] - s * v[1::2], s * v[0::2] + c * v[1::2]]))


x_m, x_n = rng.normal(size=(2, d))  # content of the query token and of the key token
W_Q, W_K = rng.normal(0, d**-0.5, (2, d, d))


def additive_score(m, n):
    return ((x_m + sinusoid(m)) @ W_Q) @ ((x_n + sinusoid(n)) @ W_K)


def rope_score(m, n):
    return rope(x_m @ W_Q, m) @ rope(x_n @ W_K, n)


print("query at 5 + s, key at 2 + s: the same offset, shifted by s")
print("     s   additive score   RoPE score")
for s in (0, 1, 10, 100, 1000):
    print(f"{s:6d} {additive_score(5 + s, 2 + s):16.6f} {rope_score(5 + s, 2 + s):12.6f}")

# The additive score splits into four terms; only the content-content term ignores position
m, n = 5, 2
q_c, q_p = x_m @ W_Q, sinusoid(m) @ W_Q
k_c, k_p = x_n @ W_K, sinusoid(n) @ W_K
terms = {"content-content": q_c @ k_c, "content-position": q_c @ k_p,
         "position-content": q_p @ k_c, "position-position": q_p @ k_p}
for name, value in terms.items():
    print(f"{name:<18} {value:10.6f}")
print(f"{'sum':<18} {sum(terms.values()):10.6f} = additive score {additive_score(m, n):.6f}")
