import numpy as np

rng = np.random.default_rng(0)
sizes = [2, 4, 3]  # 2 inputs, 4 hidden ReLU units, 3 classes
# Each W has shape (out, in), as in torch.nn.Linear; each b has shape (out,)
W1, b1 = rng.normal(size=(4, 2)), rng.normal(size=4) * 0.1
W2, b2 = rng.normal(size=(3, 4)), rng.normal(size=3) * 0.1

X = np.array([[0.5, -1.0], [1.5, 2.0], [-0.3, 0.8], [0.0, 0.0]])  # batch of 4 rows
print(f"X          shape {X.shape}")
Z1 = X @ W1.T + b1  # (4, 2) @ (2, 4) -> (4, 4); b1 is broadcast over the 4 rows
print(f"Z1 = XW1^T+b1  shape {Z1.shape}")
H = np.maximum(0.0, Z1)  # elementwise ReLU keeps the shape
print(f"H = ReLU(Z1)   shape {H.shape}   active units per row {(H > 0).sum(axis=1)}")
Z2 = H @ W2.T + b2  # logits, (4, 4) @ (4, 3) -> (4, 3)
print(f"Z2 = HW2^T+b2  shape {Z2.shape}")
Z2s = Z2 - Z2.max(axis=1, keepdims=True)  # shift for numerical safety; softmax is unchanged
P = np.exp(Z2s) / np.exp(Z2s).sum(axis=1, keepdims=True)
print(f"P = softmax    shape {P.shape}")

print("\nrow  logits                      probabilities         sum   class")
for i in range(len(X)):
    logits = " ".join(f"{v:7.3f}" for v in Z2[i])
    probs = " ".join(f"{v:.3f}" for v in P[i])
    print(f"{i:<4} {logits}     {probs}   {P[i].sum():.3f}   {P[i].argmax()}")

n_params = sum(m * n + m for n, m in zip(sizes[:-1], sizes[1:]))  # in*out weights + out biases
print(f"\nparameters: 2*4+4 = 12, 4*3+3 = 15, total {n_params}")
# Row 3 is the zero input: the hidden layer then sees only b1, so its logits come from biases
print(f"row 3 hidden = ReLU(b1): {np.allclose(H[3], np.maximum(0, b1))}")
