import matplotlib.pyplot as plt
import numpy as np

X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)   # XOR, examples as rows
y = np.array([[0], [1], [1], [0]], dtype=float)
rng = np.random.default_rng(1)
W1, b1 = rng.normal(size=(2, 4)) * np.sqrt(2 / 2), np.zeros(4)  # He scale: variance 2 / fan-in
W2, b2 = rng.normal(size=(4, 1)) * np.sqrt(2 / 4), np.zeros(1)


def forward(X, W1, b1, W2, b2):
    Z1 = X @ W1 + b1                             # pre-activations
    H = np.maximum(Z1, 0)                        # hidden layer
    return Z1, H, 1 / (1 + np.exp(-(H @ W2 + b2)))  # predictions y_hat


def loss_of(y_hat):
    return -np.mean(y * np.log(y_hat) + (1 - y) * np.log(1 - y_hat))


lr, losses = 0.1, []
for step in range(10_001):
    Z1, H, y_hat = forward(X, W1, b1, W2, b2)
    delta2 = (y_hat - y) / len(X)                # dL/d(logits) for the mean cross-entropy
    dW2, db2 = H.T @ delta2, delta2.sum(0)
    delta1 = (delta2 @ W2.T) * (Z1 > 0)          # back through W2, then the ReLU mask
    dW1, db1 = X.T @ delta1, delta1.sum(0)
    if step == 0:                                # check one entry numerically, once
        E = np.zeros_like(W1)
        E[0, 1] = 1e-6
        num = (loss_of(forward(X, W1 + E, b1, W2, b2)[2])
               - loss_of(forward(X, W1 - E, b1, W2, b2)[2])) / 2e-6
        print(f"gradient check dW1[0,1]: analytic {dW1[0, 1]:.6f}  numeric {num:.6f}")
    losses.append(loss_of(y_hat))
    if step % 1000 == 0:
        print(f"step {step:5d}  loss {losses[-1]:.4f}")
    W1, b1, W2, b2 = W1 - lr * dW1, b1 - lr * db1, W2 - lr * dW2, b2 - lr * db2
print("predictions", "  ".join(f"{p:.4f}" for p in y_hat.ravel()),
      "-> classes", " ".join(str(int(p > 0.5)) for p in y_hat.ravel()), "(targets 0 1 1 0)")

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 4))
ax1.semilogy(losses)
ax1.set(title="Training loss (mean cross-entropy)", xlabel="step", ylabel="loss (log scale)")
g = np.linspace(-0.5, 1.5, 201)
P = forward(np.array(np.meshgrid(g, g)).reshape(2, -1).T, W1, b1, W2, b2)[2].reshape(201, 201)
fig.colorbar(ax2.contourf(g, g, P, levels=np.linspace(0, 1, 11), cmap="RdBu_r"), ax=ax2)
ax2.contour(g, g, P, levels=[0.5], colors="k")
for cls, marker in ((0, "s"), (1, "o")):
    pts = X[y.ravel() == cls]
    ax2.scatter(*pts.T, marker=marker, c="gold", edgecolors="k", s=140, label=f"XOR = {cls}")
ax2.legend(loc="lower left")
ax2.set(title="Predicted probability of class 1 (black: 0.5)", xlabel="x1", ylabel="x2")
fig.tight_layout()
