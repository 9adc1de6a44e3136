import numpy as np

rng = np.random.default_rng(6)
y = rng.gamma(shape=2.0, scale=50.0, size=3001)  # skewed daily demand, mean about 100


def cost(y, y_hat):  # under-forecast costs 2 per unit, over-forecast 1 per unit
    return np.where(y > y_hat, 2.0 * (y - y_hat), y_hat - y)


def asym_sq(y, y_hat):  # the same 2:1 weights on squared errors
    return np.where(y > y_hat, 2.0, 1.0) * (y - y_hat) ** 2


c_grid = np.union1d(np.arange(0.0, 400.0, 0.1), y)
best = {f.__name__: c_grid[np.argmin([f(y, c).mean() for c in c_grid])]
        for f in (cost, asym_sq)}
print(f"mean {y.mean():.2f}, median {np.median(y):.2f}, "
      f"66.7th percentile {np.quantile(y, 2 / 3):.2f}")
print(f"minimizer of the 2:1 absolute cost:  {best['cost']:.2f}")
print(f"minimizer of the 2:1 squared cost:   {best['asym_sq']:.2f} (the 2/3 expectile)")
print(f"share of demand below the 2:1 forecast: {np.mean(y < best['cost']):.3f}")

# Two products with the same mean demand of 100, one steady and one volatile
demand = {"steady": rng.normal(100.0, 5.0, size=3000),
          "volatile": rng.normal(100.0, 40.0, size=3000)}
both = np.concatenate(list(demand.values()))
shifts = np.arange(0.0, 60.0, 0.02)
s_best = shifts[np.argmin([cost(both, 100.0 + s).mean() for s in shifts])]
print(f"\nbest single upward shift for both products: {s_best:.2f}")
print("mean cost   forecast 100   100 + shift   own 2/3 quantile")
for name, d in demand.items():
    q = np.quantile(d, 2 / 3)
    shifted = cost(d, 100.0 + s_best).mean()
    print(f"{name:<8}  {cost(d, 100.0).mean():14.2f} {shifted:13.2f}"
          f"   {cost(d, q).mean():8.2f} (at {q:.2f})")
