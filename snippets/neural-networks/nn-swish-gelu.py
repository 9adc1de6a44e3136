import math

import numpy as np

erf = np.vectorize(math.erf)
c = math.sqrt(2.0 / math.pi)


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def Phi(x):  # standard normal CDF
    return 0.5 * (1.0 + erf(x / math.sqrt(2.0)))


def phi(x):  # standard normal density
    return np.exp(-0.5 * x**2) / math.sqrt(2.0 * math.pi)


acts = {  # name: (f, f')
    "ReLU": (lambda x: np.maximum(0.0, x), lambda x: (x > 0).astype(float)),
    "SiLU": (lambda x: x * sigmoid(x), lambda x: sigmoid(x) * (1 + x * (1 - sigmoid(x)))),
    "GELU (erf)": (lambda x: x * Phi(x), lambda x: Phi(x) + x * phi(x)),
    "GELU (tanh)": (lambda x: 0.5 * x * (1 + np.tanh(c * (x + 0.044715 * x**3))), None),
}

x = np.arange(-4.0, 5.0)
for part, k in (("f(x)", 0), ("f'(x)", 1)):
    print(f"{part + ' at x =':<14}" + "".join(f"{v:8.0f}" for v in x))
    for name, fns in acts.items():
        if fns[k] is not None:
            print(f"{name:<14}" + "".join(f"{v:8.4f}" for v in fns[k](x)))

grid = np.linspace(-6.0, 6.0, 120001)  # step 1e-4
for name in ("SiLU", "GELU (erf)"):
    y = acts[name][0](grid)
    print(f"{name} minimum {y.min():.4f} at x = {grid[y.argmin()]:.4f}")
gap = np.abs(acts["GELU (erf)"][0](grid) - acts["GELU (tanh)"][0](grid))
print(f"max |GELU erf - tanh form| on [-6, 6]: {gap.max():.1e}")
zeros = {n: np.mean(f(np.random.default_rng(0).normal(size=10_000)) == 0) for n, (f, _) in acts.items()}
print("share of exact zeros on N(0,1) inputs: " + ", ".join(f"{n} {z:.3f}" for n, z in zeros.items()))
