import numpy as np

rng = np.random.default_rng(4)
clean = rng.normal(10.0, 2.0, size=191)
y = np.concatenate([clean, rng.normal(60.0, 5.0, size=10)])  # 10 outliers of 201 (5%)

delta = 2.0  # Huber threshold, about one noise standard deviation
losses = {
    "MSE": lambda r: r**2,
    "MAE": lambda r: np.abs(r),
    "Huber (delta=2)": lambda r: np.where(np.abs(r) <= delta, 0.5 * r**2,
                                          delta * (np.abs(r) - 0.5 * delta)),
    "pinball (tau=0.5)": lambda r: np.maximum(0.5 * r, -0.5 * r),
}
c_grid = np.union1d(np.arange(0.0, 70.0, 0.01), y)  # candidate constants
print(f"mean of the clean data: {clean.mean():.2f}")
for name, loss in losses.items():
    risk = np.array([loss(y - c).mean() for c in c_grid])
    print(f"{name:<18} best constant {c_grid[risk.argmin()]:6.2f}")

# A line through 20 points, then the same points plus one outlier
x = np.arange(20) * 0.5
t = 1.0 + 2.0 * x + rng.normal(0.0, 0.5, size=20)


def lad_slope(x, t):  # least absolute deviations; some best line passes through 2 points
    best = (np.inf, 0.0)
    for i in range(len(x)):
        for j in range(i + 1, len(x)):
            b = (t[j] - t[i]) / (x[j] - x[i])
            best = min(best, (np.abs(t - t[i] - b * (x - x[i])).sum(), b))
    return best[1]


x_out, t_out = np.append(x, 10.0), np.append(t, 0.0)  # one outlier at x = 10
for label, xs, ts in (("clean", x, t), ("+1 outlier", x_out, t_out)):
    print(f"{label:<11} least-squares slope {np.polyfit(xs, ts, 1)[0]:.3f}   "
          f"least-absolute slope {lad_slope(xs, ts):.3f}")
