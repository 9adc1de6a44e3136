import numpy as np

rng = np.random.default_rng(0)
N, D, H = 256, 10, 100  # examples, inputs, hidden units
X = rng.normal(size=(N, D))
y = X @ rng.normal(size=D) / np.sqrt(D) - 5.0  # targets far below the first predictions
W1_init = rng.normal(size=(D, H)) * np.sqrt(2 / D)  # He initialization
v_init = np.abs(rng.normal(size=H)) / np.sqrt(H)  # positive output weights: the spike pushes
                                                  # every hidden bias the same way (down)
for name, a in (("ReLU", 0.0), ("LeakyReLU", 0.01)):
    W1, b1, v, c = W1_init.copy(), np.zeros(H), v_init.copy(), 0.0
    print(name)
    for step in range(501):
        Z = X @ W1 + b1  # pre-activations, shape (N, H)
        err = np.where(Z > 0, Z, a * Z) @ v + c - y
        dZ = np.outer(2 * err / N, v) * np.where(Z > 0, 1.0, a)
        grad_W1, grad_b1 = X.T @ dZ, dZ.sum(axis=0)
        grad_v, grad_c = np.where(Z > 0, Z, a * Z).T @ (2 * err / N), np.mean(2 * err)
        dead = Z.max(axis=0) <= 0  # never positive on any example of the batch
        if step in (0, 1, 500):
            print(f"  step {step:4d}: loss {np.mean(err**2):7.3f}  dead share {dead.mean():.2f}  "
                  f"|grad W1| {np.linalg.norm(grad_W1):.4f}  "
                  f"|grad W1| of dead units {np.linalg.norm(grad_W1[:, dead]):.4f}")
        if step == 1:
            dead_after_spike, W1_dead = dead, W1[:, dead].copy()
        lr_b1 = 5.0 if step == 0 else 0.05  # step 0: a learning-rate spike on the biases
        W1 -= 0.05 * grad_W1
        b1 -= lr_b1 * grad_b1
        v -= 0.05 * grad_v
        c -= 0.05 * grad_c
    moved = np.abs(W1[:, dead_after_spike] - W1_dead).max(initial=0.0)
    print(f"  units dead after the spike: {dead_after_spike.sum()}, still dead at the end: "
          f"{dead[dead_after_spike].sum()}, largest change in their weights: {moved:.6f}")
