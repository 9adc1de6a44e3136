import matplotlib.pyplot as plt
import numpy as np

rng = np.random.default_rng(2)
n = 60
X = rng.normal(size=(n, 2))
y = np.where(X @ np.array([1.0, 1.0]) + 0.7 * rng.normal(size=n) > 0, 1.0, -1.0)


def margins(w1):  # linear classifier f(x) = w1 * x1 + 1.0 * x2, labels in {-1, +1}
    return y * (w1 * X[:, 0] + X[:, 1])


def zero_one(w1):
    return np.mean(margins(w1) <= 0)


def logistic_bits(w1):  # log2(1 + e^-m): an upper bound on the 0-1 loss
    return np.mean(np.logaddexp(0.0, -margins(w1))) / np.log(2)


h = 1e-4
print("   w1   0-1 error  d(0-1)/dw1   logistic (bits)  d(logistic)/dw1")
for w1 in (-2.0, -1.0, 0.0, 1.0, 2.0):
    g01 = (zero_one(w1 + h) - zero_one(w1 - h)) / (2 * h)
    glog = (logistic_bits(w1 + h) - logistic_bits(w1 - h)) / (2 * h)
    log_w1 = logistic_bits(w1)
    print(f"{w1:5.1f}   {zero_one(w1):9.4f}  {g01:10.4f}   {log_w1:15.4f}  {glog:15.4f}")

grid = np.linspace(-1, 3, 2001)
err = np.array([zero_one(w) for w in grid])
bits = np.array([logistic_bits(w) for w in grid])
print(f"distinct 0-1 values on the grid: {len(np.unique(err))}")
print(f"grid points where the 0-1 finite difference is nonzero: "
      f"{np.mean([zero_one(w + h) != zero_one(w - h) for w in grid]):.4f}")
print(f"logistic >= 0-1 at every grid point: {bool(np.all(bits >= err))}")
print(f"lowest 0-1 error {err.min():.4f} at w1 = {grid[err.argmin()]:.3f}")
print(f"logistic minimum at w1 = {grid[bits.argmin()]:.3f}, where the 0-1 error is "
      f"{err[bits.argmin()]:.4f}")

fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(grid, err, lw=2, label="0-1 training error")
ax.plot(grid, bits, lw=2, label="logistic loss in bits (surrogate)")
ax.set(xlabel="weight w1", ylabel="mean loss over 60 examples",
       title="The 0-1 error is a staircase; the surrogate has a slope everywhere")
ax.grid(alpha=0.3)
ax.legend()
fig.tight_layout()
