import matplotlib.pyplot as plt
import numpy as np

# each loss as a function of the margin m = y * f(x), with its derivative d loss / d m
losses = {
    "hinge": (lambda m: np.maximum(0.0, 1 - m), lambda m: np.where(m < 1, -1.0, 0.0)),
    "squared hinge": (lambda m: np.maximum(0.0, 1 - m) ** 2,
                      lambda m: np.minimum(0.0, 2 * (m - 1))),
    "logistic": (lambda m: np.logaddexp(0.0, -m), lambda m: -1 / (1 + np.exp(m))),
}

m = np.array([-2.0, 0.0, 0.5, 1.0, 2.0, 5.0])
for part, k in (("loss", 0), ("d loss / dm", 1)):
    print(f"{part + ' at m =':<20}" + "".join(f"{v:9.1f}" for v in m))
    for name, fns in losses.items():
        print(f"{name:<20}" + "".join(f"{v:9.4f}" for v in fns[k](m)))
    print()

grid = np.linspace(-2, 3, 501)
fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(grid, (grid <= 0).astype(float), color="black", lw=2, label="0-1")
for name, (f, _) in losses.items():
    ax.plot(grid, f(grid), lw=2, label=name)
ax.set(xlabel="margin m = y f(x)", ylabel="loss", ylim=(-0.1, 4))
ax.axvline(1.0, color="gray", ls=":", lw=1)
ax.grid(alpha=0.3)
ax.legend()
fig.tight_layout()
