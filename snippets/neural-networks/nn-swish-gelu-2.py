import math

import matplotlib.pyplot as plt
import numpy as np

x = np.linspace(-5, 5, 10001)  # step 0.001
relu = np.maximum(0.0, x)
gelu = x * 0.5 * (1.0 + np.vectorize(math.erf)(x / math.sqrt(2.0)))


def swish(x, beta):
    return x / (1.0 + np.exp(-beta * x))  # x * sigmoid(beta x)


fig, (ax_f, ax_d) = plt.subplots(1, 2, figsize=(11, 4.5))
for beta in (0.5, 1.0, 1.702, 10.0):
    y = swish(x, beta)
    ax_f.plot(x, y, lw=2, label=f"Swish, beta = {beta}")
    dy = np.gradient(y, x)
    ax_d.plot(x, dy, lw=2, label=f"beta = {beta}")
    print(f"beta = {beta:<6} minimum {y.min():.4f} at x = {x[y.argmin()]:.2f}   "
          f"max |Swish - ReLU| {np.abs(y - relu).max():.4f}   max slope {dy.max():.3f}")
for ax, y, name in ((ax_f, relu, "ReLU"), (ax_f, gelu, "GELU")):
    ax.plot(x, y, "k--" if name == "ReLU" else "k:", lw=2, label=name)
ax_d.plot(x, np.gradient(gelu, x), "k:", lw=2, label="GELU")
ax_f.set(title="Swish: larger beta, closer to ReLU", xlabel="x", ylim=(-1, 3))
ax_d.set(title="Derivative", xlabel="x", ylim=(-0.3, 1.3))
for ax in (ax_f, ax_d):
    ax.axhline(0, color="gray", lw=0.8)
    ax.grid(alpha=0.3)
    ax.legend(loc="upper left")
fig.tight_layout()
print(f"max |GELU - Swish(beta = 1.702)| = {np.abs(gelu - swish(x, 1.702)).max():.4f}")
