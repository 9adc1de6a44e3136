import matplotlib.pyplot as plt
import numpy as np

d, n_train, n_long = 128, 512, 4096
omega = 10000.0 ** (-np.arange(0, d, 2) / d)  # frequency of each of the 64 pairs
angle = np.outer(np.arange(n_long), omega)  # position * frequency
PE = np.zeros((n_long, d))
PE[:, 0::2], PE[:, 1::2] = np.sin(angle), np.cos(angle)

# Per pair: training sees the arc [0, omega * 511] of the circle; which later angles fall outside it?
arc = np.minimum(omega * (n_train - 1), 2 * np.pi)
outside = (np.mod(angle[n_train:], 2 * np.pi) > arc + 1e-9).mean(axis=0)
print(" pair  wavelength  circle seen in training  positions 512-4095 outside it")
for i in (0, 16, 28, 32, 40, 48, 63):
    print(f"{i:5d} {2 * np.pi / omega[i]:11,.0f} {arc[i] / (2 * np.pi):24.3f} {outside[i]:30.3f}")
print(f"pairs that take unseen values: {(outside > 0).sum()} of {d // 2}")

# Whole vectors: distance from each position to the nearest encoding seen in training
far = np.arange(n_train, n_long, 4)  # every 4th long position
dist = np.sqrt(np.maximum(d - 2 * PE[far] @ PE[:n_train].T, 0)).min(axis=1)  # |PE|^2 = d/2
step = np.linalg.norm(PE[1] - PE[0])  # spacing of neighbouring positions, the same everywhere
print(f"neighbouring positions are {step:.2f} apart; nearest training encoding is, on median,")
for lo, hi in ((512, 1024), (1024, 2048), (2048, 4096)):
    print(f"  {np.median(dist[(far >= lo) & (far < hi)]):.2f} away for positions {lo}-{hi - 1}")

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 4.2))
i = 40  # a slow pair: (sin, cos) walks around its circle
ax1.plot(PE[n_train:, 2 * i], PE[n_train:, 2 * i + 1], ".", ms=2, color="tab:red", label="positions 512-4095")
ax1.plot(PE[:n_train, 2 * i], PE[:n_train, 2 * i + 1], ".", ms=3, color="tab:blue", label="positions 0-511")
ax1.set(title=f"pair {i} (wavelength {2 * np.pi / omega[i]:,.0f})", xlabel="sin", ylabel="cos", aspect="equal")
ax1.legend(loc="center", fontsize=8)
ax2.plot(far, dist, lw=1)
ax2.axhline(step, color="gray", ls="--", label="spacing of neighbours")
ax2.set(title="distance to the nearest training encoding", xlabel="position", ylabel="distance")
ax2.legend()
fig.tight_layout()
