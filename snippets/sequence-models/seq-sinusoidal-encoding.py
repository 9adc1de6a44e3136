import matplotlib.pyplot as plt
import numpy as np

d, n = 64, 128  # model width, number of positions
omega = 10000.0 ** (-np.arange(0, d, 2) / d)  # frequency of pair i: 1 / 10000^(2i/d)
pos = np.arange(n)[:, None]
PE = np.zeros((n, d))
PE[:, 0::2], PE[:, 1::2] = np.sin(pos * omega), np.cos(pos * omega)
print(f"wavelengths 2*pi/omega: first pair {2 * np.pi / omega[0]:.2f}, "
      f"last pair {2 * np.pi / omega[-1]:,.0f} positions")

k = 5  # a fixed offset; build the block-diagonal map that takes PE(p) to PE(p + k)
M = np.zeros((d, d))
for i, w in enumerate(omega):
    c, s = np.cos(w * k), np.sin(w * k)
    M[2 * i:2 * i + 2, 2 * i:2 * i + 2] = [[c, s], [-s, c]]  # acts on (sin, cos) of pair i
for p in (0, 17, 60, 110):  # the same M for every p: it does not depend on the position
    err = np.abs(M @ PE[p] - PE[p + k]).max()
    print(f"p = {p:3d}: M PE(p) equals PE(p + {k}) to within 1e-12: {err < 1e-12}")

for k in (1, 5, 20):  # the dot product depends on the offset only
    dots = [PE[p] @ PE[p + k] for p in (0, 30, 90)]
    print(f"offset {k:2d}: PE(p).PE(p+k) for p = 0, 30, 90 -> " + "  ".join(f"{v:.6f}" for v in dots))

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 4))
im = ax1.imshow(np.hstack([PE[:, 0::2], PE[:, 1::2]]).T, aspect="auto", cmap="RdBu", origin="lower")
ax1.set(title="PE: sine dimensions (0-31), then cosines (32-63)", xlabel="position",
        ylabel="dimension (fast pairs low in each half)")
fig.colorbar(im, ax=ax1)
offsets = np.arange(n - 1)
ax2.plot(offsets, [PE[0] @ PE[k] for k in offsets])
ax2.set(title="PE(p) . PE(p + k) depends only on k", xlabel="offset k", ylabel="dot product")
ax2.grid(alpha=0.3)
fig.tight_layout()
