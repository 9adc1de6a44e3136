import numpy as np

acts = {
    "tanh": np.tanh,
    "ReLU": lambda z: np.maximum(0.0, z),
    "x^2 (polynomial)": lambda z: z**2,
}
x_train = np.linspace(-np.pi, np.pi, 200)
x_test = np.linspace(-np.pi, np.pi, 2001)


def fit_max_error(act, n_units, seed=0):
    """One hidden layer with random, frozen input weights; only the output layer is fitted."""
    rng = np.random.default_rng(seed)
    w = rng.normal(size=n_units) * 2.0
    b = -w * rng.uniform(-np.pi, np.pi, size=n_units)  # kinks / centres inside the domain
    feats = lambda x: np.column_stack([act(np.outer(x, w) + b), np.ones_like(x)])
    F = feats(x_train)
    lam = 1e-8 * len(x_train)  # a tiny ridge penalty keeps the solve well conditioned
    c = np.linalg.solve(F.T @ F + lam * np.eye(F.shape[1]), F.T @ np.sin(x_train))
    return np.abs(feats(x_test) @ c - np.sin(x_test)).max()


print(f"{'hidden units':>12}" + "".join(f"{name:>19}" for name in acts))
for n in (5, 20, 100):
    print(f"{n:12d}" + "".join(f"{fit_max_error(f, n):19.2e}" for f in acts.values()))
