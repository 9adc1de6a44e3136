import numpy as np

rng = np.random.default_rng(5)
W1, b1 = rng.normal(size=(8, 2)), rng.normal(size=8) * 0.5  # ReLU net 2 -> 8 -> 8 -> 1
W2, b2 = rng.normal(size=(8, 8)) / 2, rng.normal(size=8) * 0.5
w3, b3 = rng.normal(size=8) / 2, 0.1


def forward(X):
    z1 = X @ W1.T + b1
    z2 = np.maximum(0, z1) @ W2.T + b2
    return np.maximum(0, z2) @ w3 + b3, np.hstack([z1 > 0, z2 > 0])  # output, pattern


x0 = np.array([0.3, -0.4])
_, pat = forward(x0[None])
D1, D2 = np.diag(pat[0, :8] * 1.0), np.diag(pat[0, 8:] * 1.0)  # 0/1 switches of x0's region
A = w3 @ D2 @ W2 @ D1 @ W1  # the region's slope: a product of matrices and 0/1 masks
b = w3 @ D2 @ (W2 @ D1 @ b1 + b2) + b3
on1, on2 = int(pat[0, :8].sum()), int(pat[0, 8:].sum())
print(f"units on at x0: {on1} of 8 in layer 1, {on2} of 8 in layer 2")
print(f"region's affine map: f(x) = {A[0]:.4f} x1 + {A[1]:.4f} x2 + {b:.4f}")

eps = 1e-6  # central differences: the gradient inside the region is exactly A
grad = [(forward((x0 + e)[None])[0] - forward((x0 - e)[None])[0])[0] / (2 * eps)
        for e in np.eye(2) * eps]
print(f"finite-difference gradient at x0: ({grad[0]:.4f}, {grad[1]:.4f})")

X = x0 + rng.uniform(-0.5, 0.5, size=(2000, 2))  # points around x0
f, pats = forward(X)
same = (pats == pat).all(axis=1)
err = np.abs(f - (X @ A + b))
print(f"{same.sum()} of 2000 nearby points share x0's pattern: max |f - affine| < 1e-12: "
      f"{err[same].max() < 1e-12}")
print(f"{(~same).sum()} points in other regions: the same affine map is off by up to "
      f"{err[~same].max():.4f}")
print(f"distinct patterns among the 2000 points: {len(np.unique(pats, axis=0))}")
