import numpy as np

rng = np.random.default_rng(1)
y = rng.lognormal(mean=3.0, sigma=0.8, size=1001)  # skewed targets, e.g. order values


def pinball(r, tau):  # r = y - prediction
    return np.maximum(tau * r, (tau - 1) * r)


losses = {
    "MSE": lambda r: r**2,
    "MAE": lambda r: np.abs(r),
    "pinball 0.9": lambda r: pinball(r, 0.9),
}
targets = {
    "MSE": ("mean", np.mean(y)),
    "MAE": ("median", np.median(y)),
    "pinball 0.9": ("90th percentile", np.quantile(y, 0.9)),
}

c_grid = np.arange(0.0, 100.0, 0.01)  # candidate constant predictions
print(f"{'loss':<12} {'best constant':>13}   statistic of the data")
for name, loss in losses.items():
    risk = np.array([loss(y - c).mean() for c in c_grid])
    best = c_grid[risk.argmin()]
    label, value = targets[name]
    print(f"{name:<12} {best:13.2f}   {label} = {value:.2f}")
