import matplotlib.pyplot as plt
import numpy as np

g = np.linspace(-3, 3, 300)
P = np.stack(np.meshgrid(g, g), axis=-1).reshape(-1, 2)  # 90,000 grid points in 2-D


def regions(depth, width, seed=0):
    """Label every grid point by its activation pattern (which ReLUs are on)."""
    rng = np.random.default_rng(seed)
    h, code, n_in = P, np.zeros(len(P), dtype=np.int64), 2
    for _ in range(depth):
        W = rng.normal(size=(width, n_in)) * np.sqrt(2 / n_in)  # He initialization
        z = h @ W.T + rng.normal(size=width) * 0.5
        for on in (z > 0).T:  # append one bit per unit to each point's pattern code
            code = 2 * code + on
        h, n_in = np.maximum(0.0, z), width
    return np.unique(code, return_inverse=True)[1]


fig, axes = plt.subplots(1, 3, figsize=(13, 4.3))
print("depth  width  ReLUs  activation patterns on the grid")
for depth, width in [(1, 8), (2, 8), (4, 8), (1, 32)]:
    labels = regions(depth, width)
    print(f"{depth:5d}  {width:5d}  {depth * width:5d}  {labels.max() + 1:8d}")
    if width == 8:
        ax = axes[[1, 2, 4].index(depth)]
        # shuffle the region ids so that neighbouring regions get different colours
        shuffle = np.random.default_rng(1).permutation(labels.max() + 1)
        ax.imshow(shuffle[labels].reshape(300, 300), origin="lower", extent=(-3, 3, -3, 3),
                  cmap="tab20", interpolation="nearest")
        ax.set(title=f"depth {depth}, width 8: {labels.max() + 1} regions",
               xlabel="x1", ylabel="x2")
print(f"max for one layer of 8 lines in the plane: 1 + 8 + 28 = {1 + 8 + 8 * 7 // 2}")
print(f"max for one layer of 32 lines: 1 + 32 + 496 = {1 + 32 + 32 * 31 // 2}")
fig.tight_layout()
