import numpy as np

# The chain z1 = w1 x, h = ReLU(z1), z2 = w2 h, y_hat = sigmoid(z2), binary cross-entropy.
x, y = 1.0, 0.0
w1, w2 = 2.0, 0.5


def forward(w1, w2):
    z1 = w1 * x
    h = max(z1, 0.0)
    z2 = w2 * h
    y_hat = 1 / (1 + np.exp(-z2))
    loss = -(y * np.log(y_hat) + (1 - y) * np.log(1 - y_hat))
    return z1, h, z2, y_hat, loss


z1, h, z2, y_hat, loss = forward(w1, w2)
print("forward")
for name, v in (("z1", z1), ("h", h), ("z2", z2), ("y_hat", y_hat), ("loss", loss)):
    print(f"  {name:<6}{v:8.4f}")

dL_dyhat = -y / y_hat + (1 - y) / (1 - y_hat)   # derivative of the cross-entropy
dyhat_dz2 = y_hat * (1 - y_hat)                 # sigmoid'(z2)
dL_dz2 = dL_dyhat * dyhat_dz2                   # collapses to y_hat - y
dL_dw2 = dL_dz2 * h
dL_dh = dL_dz2 * w2
dL_dz1 = dL_dh * (z1 > 0)                       # ReLU: pass or block
dL_dw1 = dL_dz1 * x
print("backward")
for name, v in (("dL/dy_hat", dL_dyhat), ("sigmoid'(z2)", dyhat_dz2), ("dL/dz2", dL_dz2),
                ("y_hat - y", y_hat - y), ("dL/dw2", dL_dw2), ("dL/dh", dL_dh),
                ("dL/dz1", dL_dz1), ("dL/dw1", dL_dw1)):
    print(f"  {name:<13}{v:8.4f}")

eps = 1e-6
num_w1 = (forward(w1 + eps, w2)[-1] - forward(w1 - eps, w2)[-1]) / (2 * eps)
num_w2 = (forward(w1, w2 + eps)[-1] - forward(w1, w2 - eps)[-1]) / (2 * eps)
print("gradient check (central differences)")
print(f"  dL/dw1  analytic {dL_dw1:.6f}  numeric {num_w1:.6f}")
print(f"  dL/dw2  analytic {dL_dw2:.6f}  numeric {num_w2:.6f}")

lr = 0.1
w1, w2 = w1 - lr * dL_dw1, w2 - lr * dL_dw2
_, _, _, y_hat, loss = forward(w1, w2)
print(f"after one step (lr {lr}): w1 {w1:.4f}  w2 {w2:.4f}  y_hat {y_hat:.4f}  loss {loss:.4f}")
