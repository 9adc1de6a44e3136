import numpy as np

rng = np.random.default_rng(0)
N, n = 10_000, 10  # examples, inputs to the neuron
U = rng.normal(size=(N, n))  # the previous layer's pre-activations
delta = rng.normal(size=N)  # the neuron's error signal dL/dz, one per example
w_true = rng.normal(size=n)  # weights to reach, with mixed signs
relu = np.maximum(U, 0)
inputs = {  # the neuron's inputs a_i: outputs of the previous layer
    "sigmoid": 1 / (1 + np.exp(-U)),
    "tanh": np.tanh(U),
    "ReLU": relu,
    "ReLU, centred": relu - relu.mean(axis=0),  # what a normalization layer would feed on
}


def share_same_sign(G):  # rows whose nonzero entries all share one sign
    s = np.sign(G)
    return np.mean(np.all(s >= 0, axis=1) | np.all(s <= 0, axis=1))


print(f"{'inputs a':<14}{'mean a':>7}{'same sign':>11}{'batch of 32':>13}"
      f"{'cond(E[aa^T])':>15}{'GD steps':>10}")
for name, A in inputs.items():
    G = delta[:, None] * A  # per-example gradient of the incoming weights: delta * a_i
    G32 = G[: N // 32 * 32].reshape(-1, 32, n).mean(axis=1)  # mini-batch averages
    C = A.T @ A / N  # Hessian of the squared loss of a linear neuron fed by A
    lo, hi = np.linalg.eigvalsh(C)[[0, -1]]
    w, y, steps = np.zeros(n), A @ w_true, 0
    while np.linalg.norm(w - w_true) > 1e-3 * np.linalg.norm(w_true):  # to 0.1% error
        w -= 2 / (hi + lo) * (A.T @ (A @ w - y) / N)  # the best fixed step size
        steps += 1
    print(f"{name:<14}{A.mean():7.3f}{share_same_sign(G):11.3f}{share_same_sign(G32):13.3f}"
          f"{hi / lo:15.1f}{steps:10d}")
