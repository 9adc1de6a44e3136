import matplotlib.pyplot as plt
import numpy as np

relu = lambda z: np.maximum(0.0, z)
x = np.linspace(-np.pi, np.pi, 10_001)  # dense grid for measuring the error


def interpolant(n):
    """One hidden layer of n ReLUs interpolating sin linearly at n + 1 equally spaced knots."""
    t = np.linspace(-np.pi, np.pi, n + 1)  # knots
    slopes = np.diff(np.sin(t)) / np.diff(t)  # slope of each of the n segments
    c = np.diff(slopes, prepend=0.0)  # output weights: the change of slope at each knot
    # hidden unit k computes ReLU(x - t_k): input weight 1, bias -t_k
    return lambda x: np.sin(t[0]) + relu(x[:, None] - t[:-1]) @ c


print("hidden units   max |sin - net|   bound h^2/8")
for n in (4, 16, 64):
    err = np.abs(np.sin(x) - interpolant(n)(x)).max()
    print(f"{n:12d}   {err:15.5f}   {(2 * np.pi / n) ** 2 / 8:11.5f}")

# Three ReLUs make a hat: a local bump of height 1 on [-1, 1]
hat = lambda x: relu(x + 1) - 2 * relu(x) + relu(x - 1)
print("hat at x = -1.5, -1, -0.5, 0, 0.5, 1, 1.5:",
      " ".join(f"{v:.2f}" for v in hat(np.array([-1.5, -1, -0.5, 0, 0.5, 1, 1.5]))))

fig, ax = plt.subplots(figsize=(7.5, 4))
ax.plot(x, np.sin(x), "k", lw=3, alpha=0.3, label="sin(x)")
for n in (4, 16):
    ax.plot(x, interpolant(n)(x), lw=1.5, label=f"{n} ReLUs, one hidden layer")
ax.set(xlabel="x", ylabel="y",
       title="A one-hidden-layer ReLU net is a piecewise-linear interpolant")
ax.grid(alpha=0.3)
ax.legend()
