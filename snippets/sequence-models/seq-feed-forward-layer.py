import numpy as np

rng = np.random.default_rng(0)
d, n = 8, 5  # model width, number of positions (tiny, to inspect)
W1, b1 = rng.normal(0, d**-0.5, (d, 4 * d)), np.zeros(4 * d)
W2, b2 = rng.normal(0, (4 * d) ** -0.5, (4 * d, d)), np.zeros(d)


def ffn(X):  # FFN(x) = ReLU(x W1 + b1) W2 + b2, applied to every row of X
    return np.maximum(X @ W1 + b1, 0) @ W2 + b2


X = rng.normal(size=(n, d))  # one row per position, after attention has mixed them
rowwise = np.stack([ffn(x) for x in X])
perm = rng.permutation(n)
print(f"whole matrix equals row by row: {np.allclose(ffn(X), rowwise, atol=1e-12)}")
print(f"shuffle positions, outputs shuffle the same way: {np.allclose(ffn(X[perm]), ffn(X)[perm])}")

a = np.maximum(X[0] @ W1 + b1, 0)  # key view: how strongly x matches each row of W1.T
top = np.argsort(a)[::-1][:3]
print(f"position 0: {np.mean(a > 0):.2f} of the {4 * d} hidden units fire; strongest "
      + ", ".join(f"#{j} ({a[j]:.2f})" for j in top))
value_sum = sum(a[j] * W2[j] for j in range(4 * d)) + b2  # value view: add up rows of W2
print(f"output equals sum_j a_j * W2[j] + b2: {np.allclose(value_sum, ffn(X[0]), atol=1e-12)}")

ratio = 4  # FFN hidden width d_ff = ratio * d
print(f"\n d_model   attention 4d^2+4d   FFN, d_ff={ratio}d   FFN share   SwiGLU 3dh, no biases")
for d in (512, 1024, 4096):
    attn, ffn_params = 4 * d * d + 4 * d, 2 * d * ratio * d + ratio * d + d  # weights + biases
    h = 256 * -(-8 * d // (3 * 256))  # 8d/3 rounded up to a multiple of 256, as in LLaMA
    print(f"{d:8d} {attn:19,} {ffn_params:13,} {ffn_params / (attn + ffn_params):11.4f}"
          f"   {3 * d * h:,} (h = {h:,})")
