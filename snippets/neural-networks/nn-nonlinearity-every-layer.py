import numpy as np

rng = np.random.default_rng(2)
sizes = [4, 16, 6, 16, 3]  # layer 2 is a narrow 6-unit layer
Ws = [rng.normal(size=(m, n)) * np.sqrt(2 / n) for n, m in zip(sizes[:-1], sizes[1:])]
bs = [rng.normal(size=m) * 0.1 for m in sizes[1:]]
relu = lambda z: np.maximum(0.0, z)
X = rng.normal(size=(500, 4))

# Original MLP, except that layer 2 (16 -> 6) has NO activation after it
h1 = relu(X @ Ws[0].T + bs[0])
h2 = h1 @ Ws[1].T + bs[1]  # linear layer: nothing between it and layer 3
h3 = relu(h2 @ Ws[2].T + bs[2])
out = h3 @ Ws[3].T + bs[3]  # linear output layer (logits)

# Merge layers 2 and 3 into one 16 -> 16 affine map
W_m = Ws[2] @ Ws[1]  # (16, 6) @ (6, 16) -> (16, 16)
b_m = Ws[2] @ bs[1] + bs[2]
out_merged = relu(relu(X @ Ws[0].T + bs[0]) @ W_m.T + b_m) @ Ws[3].T + bs[3]
print(f"4 layers (one without activation) vs 3 layers: max |difference| < 1e-12: "
      f"{np.abs(out - out_merged).max() < 1e-12}")
print(f"merged matrix shape {W_m.shape}, rank {np.linalg.matrix_rank(W_m)}")
n_pair = Ws[1].size + bs[1].size + Ws[2].size + bs[2].size
print(f"parameters: the two layers {n_pair}, the merged layer {W_m.size + b_m.size}")

# With a ReLU after layer 2 the merge is no longer exact
h3_relu = relu(relu(h2) @ Ws[2].T + bs[2])
out_relu = h3_relu @ Ws[3].T + bs[3]
gap = np.abs(out_relu - out_merged).max()
print(f"with ReLU after layer 2, the merged net is off by up to {gap:.3f}")
