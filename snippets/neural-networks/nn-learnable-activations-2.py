import math

import matplotlib.pyplot as plt
import numpy as np

erf = np.vectorize(math.erf)


def target(x):  # the "true" activation shape: GELU
    return 0.5 * x * (1 + erf(x / math.sqrt(2)))


def hinge_features(x, K):  # 1, x and K hinges max(0, x - t_k) at fixed, evenly spaced t_k
    t = np.linspace(-3, 3, K + 2)[1:-1]
    return np.column_stack([np.ones_like(x), x] + [np.maximum(0.0, x - tk) for tk in t])


rng = np.random.default_rng(0)
x_train = rng.uniform(-3, 3, 30)
y_train = target(x_train) + rng.normal(0, 0.1, 30)
x_test = np.linspace(-3, 3, 601)
fig, ax = plt.subplots(figsize=(7, 4.5))
ax.plot(x_test, target(x_test), "k--", lw=2, label="true shape (GELU)")
ax.plot(x_train, y_train, "ko", ms=4, label="30 noisy samples")
print(f"{'hinges':>6} {'params':>7} {'train RMSE':>11} {'test RMSE':>10}")
for K in (1, 4, 16, 64):
    coef = np.linalg.lstsq(hinge_features(x_train, K), y_train, rcond=None)[0]
    fit_train = hinge_features(x_train, K) @ coef
    fit_test = hinge_features(x_test, K) @ coef
    rmse_train = np.sqrt(np.mean((fit_train - y_train) ** 2))
    rmse_test = np.sqrt(np.mean((fit_test - target(x_test)) ** 2))
    print(f"{K:>6} {K + 2:>7} {rmse_train:11.4f} {rmse_test:10.4f}")
    ax.plot(x_test, fit_test, lw=1.5, label=f"{K} hinge" + "s" * (K > 1))
ax.set(xlabel="x", ylabel="f(x)", ylim=(-1, 3.5), title="Learned piecewise-linear activation")
ax.legend(loc="upper left")
ax.grid(alpha=0.3)
fig.tight_layout()
