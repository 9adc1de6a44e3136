import matplotlib.pyplot as plt
import numpy as np

relu = lambda z: np.maximum(0.0, z)
tent = lambda x: 2 * relu(x) - 4 * relu(x - 0.5)  # one layer of 2 ReLUs: 0 -> 1 -> 0 on [0, 1]
x = np.linspace(0, 1, 2**12 + 1)  # dyadic grid: every kink lands exactly on a grid point


def pieces(y):
    """Number of linear pieces: 1 + number of grid points where the slope changes."""
    slope = np.diff(y) / np.diff(x)
    return 1 + int(np.sum(np.abs(np.diff(slope)) > 1e-6))


fig, ax = plt.subplots(figsize=(7.5, 4))
print("layers  ReLUs (deep)  linear pieces  ReLUs a one-hidden-layer net needs")
y = x
for L in range(1, 9):
    y = tent(y)  # compose: L layers of 2 ReLUs each
    k = pieces(y)
    print(f"{L:6d}  {2 * L:12d}  {k:13d}  {k - 1:>10d} or more")
    if L <= 3:
        ax.plot(x, y + 1.2 * (L - 1), lw=1.5, label=f"{L} layer{'s' * (L > 1)}: {k} pieces")
ax.set(xlabel="x", yticks=[], ylim=(-0.1, 4.3),
       title="Composing a 2-ReLU tent map doubles the number of pieces")
ax.legend(loc="upper right", fontsize=8)
ax.grid(alpha=0.3)
