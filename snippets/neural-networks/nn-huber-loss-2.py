import matplotlib.pyplot as plt
import numpy as np

d = 1.0  # threshold delta for both Huber variants
r = np.linspace(-4, 4, 801)
curves = {  # name: (loss, d loss / d r)
    "r^2/2": (0.5 * r**2, r),
    "|r|": (np.abs(r), np.sign(r)),
    "Huber": (np.where(np.abs(r) <= d, 0.5 * r**2, d * (np.abs(r) - 0.5 * d)),
              np.clip(r, -d, d)),
    "pseudo-Huber": (d**2 * (np.sqrt(1 + (r / d) ** 2) - 1),
                     r / np.sqrt(1 + (r / d) ** 2)),
}

fig, (ax_l, ax_g) = plt.subplots(1, 2, figsize=(11, 4.5))
for name, (loss, grad) in curves.items():
    ax_l.plot(r, loss, lw=2, label=name)
    ax_g.plot(r, grad, lw=2, label=name)
ax_l.set(title=f"Loss (delta = {d:g})", xlabel="residual r", ylim=(-0.2, 4))
ax_g.set(title="Gradient d loss / d r", xlabel="residual r", ylim=(-2.5, 2.5))
for ax in (ax_l, ax_g):
    ax.axvline(-d, color="gray", ls=":", lw=1)
    ax.axvline(d, color="gray", ls=":", lw=1)
    ax.grid(alpha=0.3)
ax_l.legend(loc="upper center")
fig.tight_layout()

for x in (0.5, 1.0, 3.0, 100.0):
    ph = d**2 * (np.sqrt(1 + (x / d) ** 2) - 1)
    hu = 0.5 * x**2 if x <= d else d * (x - 0.5 * d)
    print(f"r = {x:5.1f}: Huber {hu:8.4f}  pseudo-Huber {ph:8.4f}  "
          f"gradients {min(x, d):.4f} and {x / np.sqrt(1 + (x / d) ** 2):.4f}")
