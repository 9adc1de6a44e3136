import math

import matplotlib.pyplot as plt
import numpy as np

x = np.linspace(-5, 5, 1001)
sig = 1.0 / (1.0 + np.exp(-x))
Phi = 0.5 * (1.0 + np.vectorize(math.erf)(x / math.sqrt(2.0)))  # standard normal CDF
phi = np.exp(-0.5 * x**2) / math.sqrt(2.0 * math.pi)  # standard normal density
a = 0.1  # Leaky ReLU slope, larger than the usual 0.01 so that it is visible

curves = {  # name: (f(x), f'(x))
    "sigmoid": (sig, sig * (1 - sig)),
    "tanh": (np.tanh(x), 1 - np.tanh(x) ** 2),
    "ReLU": (np.maximum(0, x), (x > 0).astype(float)),
    f"Leaky ReLU (a={a})": (np.where(x > 0, x, a * x), np.where(x > 0, 1.0, a)),
    "GELU": (x * Phi, Phi + x * phi),
    "SiLU": (x * sig, sig * (1 + x * (1 - sig))),
}

fig, (ax_f, ax_d) = plt.subplots(1, 2, figsize=(11, 4.5))
for name, (f, df) in curves.items():
    style = {"color": "black", "ls": "--", "zorder": 3} if name == "ReLU" else {}  # on top
    ax_f.plot(x, f, label=name, lw=2, **style)
    ax_d.plot(x, df, label=name, lw=2, **style)
ax_f.set(title="Activation f(x)", xlabel="x", ylabel="f(x)", ylim=(-1.5, 3))
ax_d.set(title="Derivative f'(x)", xlabel="x", ylabel="f'(x)", ylim=(-0.2, 1.2))
for ax in (ax_f, ax_d):
    ax.axhline(0, color="gray", lw=0.8)
    ax.axvline(0, color="gray", lw=0.8)
    ax.grid(alpha=0.3)
ax_f.legend(loc="upper left")
fig.tight_layout()

for name in ("sigmoid", "tanh"):
    print(f"{name}' maximum {curves[name][1].max():.4f}")
for name in ("GELU", "SiLU"):
    df = curves[name][1]
    print(f"{name}' minimum {df.min():.4f} at x = {x[df.argmin()]:.2f}, maximum {df.max():.4f}")
