import numpy as np

LAMBDA, ALPHA = 1.0507009873554805, 1.6732632423543772  # SELU constants (Klambauer et al.)


def elu(z, alpha=1.0):
    return np.where(z > 0, z, alpha * np.expm1(np.minimum(z, 0.0)))


acts = {  # name: (activation, weight-variance factor: Var(W) = factor / fan_in)
    "SELU, LeCun": (lambda z: LAMBDA * elu(z, ALPHA), 1.0),
    "ELU, LeCun": (elu, 1.0),
    "ReLU, He": (lambda z: np.maximum(0.0, z), 2.0),
}
width, depth, batch = 200, 50, 100
x0 = np.random.default_rng(0).normal(1.0, np.sqrt(3.0), size=(batch, width))  # mean 1, var 3
print(f"{'layer':<12}" + "".join(f"{l:>16d}" for l in range(0, depth + 1, 10)))
for name, (f, factor) in acts.items():
    rng = np.random.default_rng(1)  # the same weights (up to scale) for every activation
    a, stats = x0, []
    for l in range(depth + 1):
        if l % 10 == 0:
            stats.append(f"{a.mean():+.3f} / {a.var():.3f}")
        if l < depth:
            W = rng.normal(0.0, np.sqrt(factor / width), size=(width, width))
            a = f(a @ W)
    print(f"{name:<12}" + "".join(f"{s:>16}" for s in stats))
print("each entry: mean / variance of the layer's activations over all units and examples")

# One layer in expectation: pre-activations z ~ N(0, v) in, SELU out (integrals on a fine grid)
u = np.linspace(-10.0, 10.0, 200001)
w = np.exp(-0.5 * u**2) / np.sqrt(2 * np.pi) * (u[1] - u[0])  # N(0, 1) weights, sum 1
for v in (0.5, 1.0, 3.0):
    a = acts["SELU, LeCun"][0](np.sqrt(v) * u)
    print(f"SELU, z ~ N(0, {v}): mean {w @ a:+.4f}, E[a^2] {w @ a**2:.4f} (next layer's Var(z) with LeCun)")
print("mean output for z ~ N(0, 1): " + ", ".join(f"{n.split(',')[0]} {w @ f(u):.4f}" for n, (f, _) in acts.items()))
