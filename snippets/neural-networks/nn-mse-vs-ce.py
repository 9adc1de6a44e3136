import matplotlib.pyplot as plt
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


y = 1.0  # the target; a negative logit is a mistake, the more negative the more confident
print(f"{'z':>4} {'p':>7} {'CE':>8} {'MSE':>8} {'dCE/dz':>9} {'dMSE/dz':>9}  ratio")
for z in (-6.0, -4.0, -2.0, 0.0, 2.0, 4.0, 6.0):
    p = sigmoid(z)
    ce, mse = -np.log(p), 0.5 * (p - y) ** 2
    g_ce, g_mse = p - y, (p - y) * p * (1 - p)
    print(f"{z:4.0f} {p:7.4f} {ce:8.4f} {mse:8.4f} {g_ce:9.4f} {g_mse:9.4f}  {g_mse / g_ce:.4f}")

p = 0.01
print(f"\np = 0.01, y = 1: squared error (1 - p)^2 = {(1 - p) ** 2:.4f}, cross-entropy {-np.log(p):.4f}")

z = np.linspace(-8, 8, 1601)
p = sigmoid(z)
curv_ce = p * (1 - p)  # d2 CE / dz2: never negative, so CE is convex in z
curv_mse = p * (1 - p) ** 2 * (3 * p - 1)  # d2 MSE / dz2 for y = 1: negative where p < 1/3
print(f"smallest curvature over z in [-8, 8]: CE {curv_ce.min():.4f}, MSE {curv_mse.min():.4f} "
      f"(MSE negative up to z = {z[curv_mse < 0].max():.2f}; theory: z < -ln 2 = {-np.log(2):.4f})")
print(f"MSE on a raw logit: target 1, logit 5 -> loss {0.5 * (5 - 1) ** 2:.1f}, gradient {5 - 1:.1f}")

fig, (ax_l, ax_g) = plt.subplots(1, 2, figsize=(11, 4))
ax_l.plot(z, -np.log(p), lw=2, label="cross-entropy  -log p")
ax_l.plot(z, 0.5 * (p - y) ** 2, lw=2, label="squared error  (p - y)^2 / 2")
ax_g.plot(z, np.abs(p - y), lw=2, label="|dCE/dz| = |p - y|")
ax_g.plot(z, np.abs((p - y) * p * (1 - p)), lw=2, label="|dMSE/dz| = |p - y| p (1 - p)")
ax_l.set(title="Loss for target y = 1", xlabel="logit z", ylim=(0, 5))
ax_g.set(title="Gradient size with respect to the logit", xlabel="logit z")
for ax in (ax_l, ax_g):
    ax.axvline(0, color="gray", lw=0.8)
    ax.grid(alpha=0.3)
    ax.legend()
fig.tight_layout()
