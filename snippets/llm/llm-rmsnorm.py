import numpy as np

eps = 1e-6  # keeps the denominator away from 0; too small to move the digits below


def layer_norm(x):  # unit gain, zero bias
    mu = x.mean(axis=-1, keepdims=True)
    var = ((x - mu) ** 2).mean(axis=-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps)


def rms_norm(x):  # unit gain; there is no bias
    return x / np.sqrt((x**2).mean(axis=-1, keepdims=True) + eps)


def show(v):
    return "[" + ", ".join(f"{t:+.4f}" for t in v) + "]"


x = np.array([3.0, 4.0, 0.0])
print(f"x = {x.tolist()}: mean {x.mean():.4f}, std {x.std():.4f}, RMS {np.sqrt((x**2).mean()):.4f}")
for name, v in (("x", x), ("x + 10", x + 10), ("5 * x", 5 * x)):
    print(f"{name:<7} LN {show(layer_norm(v))}  RMS {show(rms_norm(v))}")

# A wide activation vector with exactly zero mean and unit std, then shifted by m
rng = np.random.default_rng(0)
z = rng.normal(size=4096)
z = (z - z.mean()) / z.std()
print("\nd = 4096, shift m added to every feature")
for m in (0.0, 0.1, 0.5, 2.0):
    a, b = layer_norm(z + m), rms_norm(z + m)
    cos = a @ b / (np.linalg.norm(a) * np.linalg.norm(b))
    print(f"m = {m:.1f}: RMS/std {np.sqrt(((z + m) ** 2).mean()):.4f}   "
          f"max |LN - RMSNorm| {np.abs(a - b).max():.4f}   cosine {cos:.4f}")
