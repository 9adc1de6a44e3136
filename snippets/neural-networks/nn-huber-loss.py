import math

import numpy as np


def huber(r, d):  # value and gradient d loss / d r
    small = np.abs(r) <= d
    return (np.where(small, 0.5 * r**2, d * (np.abs(r) - 0.5 * d)),
            np.where(small, r, d * np.sign(r)))


def smooth_l1(r, beta):  # PyTorch's SmoothL1Loss formula
    return np.where(np.abs(r) < beta, 0.5 * r**2 / beta, np.abs(r) - 0.5 * beta)


r = np.array([0.1, 1.0, 10.0, 100.0])
rows = {
    "r^2/2": (0.5 * r**2, r),
    "|r|": (np.abs(r), np.sign(r)),
    "Huber d=1": huber(r, 1.0),
    "Huber d=2": huber(r, 2.0),
}
for k, part in enumerate(("loss", "gradient")):
    print(f"{part + ' at r =':<16}" + "".join(f"{v:10.1f}" for v in r))
    for name, pair in rows.items():
        print(f"{name:<16}" + "".join(f"{v:10.3f}" for v in pair[k]))
    print()

grid = np.linspace(-50, 50, 100001)
gap = np.abs(smooth_l1(grid, 2.0) - huber(grid, 2.0)[0] / 2.0).max()
print(f"max |SmoothL1(beta=2) - Huber(delta=2)/2| over [-50, 50]: {gap:.2e}")

# Asymptotic efficiency vs least squares under Gaussian noise (sigma = 1):
# (E psi')^2 / E psi^2, with psi the Huber gradient
for c in (0.5, 1.0, 1.345, 2.0):
    p_in = math.erf(c / math.sqrt(2))  # P(|Z| <= c)
    phi = math.exp(-c * c / 2) / math.sqrt(2 * math.pi)  # normal density at c
    # E[psi^2] = E[Z^2; |Z| <= c] + c^2 P(|Z| > c)
    e_psi2 = (p_in - 2 * c * phi) + c * c * (1 - p_in)
    print(f"delta = {c:5.3f} sigma: efficiency {p_in**2 / e_psi2:.3f}")
