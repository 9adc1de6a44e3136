import numpy as np

rng = np.random.default_rng(0)
d, base = 8, 10000.0
theta = base ** (-np.arange(0, d, 2) / d)  # one frequency per coordinate pair: 1, 0.1, 0.01, 0.001


def rope(x, m):
    """Rotate pair i = (x[2i], x[2i+1]) of x by the angle m * theta_i (position m)."""
    c, s = np.cos(m * theta), np.sin(m * theta)
    out = np.empty_like(x)
    out[0::2] = c * x[0::2] - s * x[1::2]
    out[1::2] = s * x[0::2] + c * x[1::2]
    return out


q, k = rng.normal(size=d), rng.normal(size=d)  # one query and one key (after W_Q, W_K)
print(f"no rotation: q.k = {q @ k:.6f}")
for m, n in ((3, 1), (10, 8), (103, 101), (3, 2), (3, 0)):
    score = rope(q, m) @ rope(k, n)
    print(f"query at {m:3d}, key at {n:3d} (offset {m - n}): score {score:.6f}")

for m in (0, 7, 1000):
    print(f"position {m:4d}: |q| = {np.linalg.norm(q):.6f}  |rotated q| = {np.linalg.norm(rope(q, m)):.6f}")

# The same score as q^T R((n - m) theta) k: only the offset n - m enters
m, n = 3, 1  # query position, key position
R = np.zeros((d, d))
for i, t in enumerate((n - m) * theta):
    R[2 * i:2 * i + 2, 2 * i:2 * i + 2] = [[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]]
print(f"q^T R((n-m) theta) k = {q @ R @ k:.6f}")
print("per pair: angle per position", " ".join(f"{t:.3f}" for t in theta),
      " wavelength", " ".join(f"{2 * np.pi / t:,.0f}" for t in theta))
