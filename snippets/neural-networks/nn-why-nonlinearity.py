import numpy as np

rng = np.random.default_rng(1)
sizes = [3, 8, 8, 8, 8, 2]  # five layers: 3 inputs -> 2 outputs
Ws = [rng.normal(size=(m, n)) * np.sqrt(2 / n) for n, m in zip(sizes[:-1], sizes[1:])]
bs = [rng.normal(size=m) for m in sizes[1:]]
X = rng.normal(size=(1000, 3))


def network(X, act):
    h = X
    for l, (W, b) in enumerate(zip(Ws, bs)):
        h = h @ W.T + b
        if l < len(Ws) - 1:  # activation after every layer except the output
            h = act(h)
    return h


# Collapse the stack into one affine map: W_eff = W5 W4 W3 W2 W1; push the biases through too
W_eff, b_eff = np.eye(3), np.zeros(3)
for W, b in zip(Ws, bs):
    W_eff, b_eff = W @ W_eff, W @ b_eff + b
n_stack = sum(W.size + b.size for W, b in zip(Ws, bs))
n_eff = W_eff.size + b_eff.size
print(f"one matrix W_eff {W_eff.shape} and b_eff {b_eff.shape}: {n_eff} numbers"
      f" replace the stack's {n_stack}")
shortcut = X @ W_eff.T + b_eff

deep_linear = network(X, lambda z: z)
gap = np.abs(deep_linear - shortcut).max()
print(f"5 linear layers vs one affine map: max |difference| < 1e-12: {gap < 1e-12}")

deep_relu = network(X, lambda z: np.maximum(0.0, z))
gap_relu = np.abs(deep_relu - shortcut).max()
print(f"5 ReLU layers   vs the same map:   max |difference| = {gap_relu:.3f}")

# Could ANY affine map reproduce the ReLU network? Fit the best one by least squares
A = np.hstack([X, np.ones((len(X), 1))])
coef = np.linalg.lstsq(A, deep_relu, rcond=None)[0]
resid = deep_relu - A @ coef
r2 = 1 - (resid**2).sum() / ((deep_relu - deep_relu.mean(axis=0)) ** 2).sum()
print(f"best affine fit to the ReLU network: R^2 = {r2:.3f} (1.000 would mean affine)")
