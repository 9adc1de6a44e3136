import math

import numpy as np
from scipy.special import erf

rng = np.random.default_rng(0)
d, d_ff, tokens = 512, 2048, 64  # model width, hidden width (4d), tokens in the batch
X = rng.normal(size=(tokens, d))  # after LayerNorm: about zero mean and unit variance per token
W1 = rng.normal(0.0, 1.0 / math.sqrt(d), size=(d, d_ff))
H = X @ W1  # hidden pre-activations, shared by both blocks


def gelu(z):
    return 0.5 * z * (1.0 + erf(z / math.sqrt(2.0)))


def gelu_grad(z):
    return 0.5 * (1.0 + erf(z / math.sqrt(2.0))) + z * np.exp(-0.5 * z**2) / math.sqrt(2 * math.pi)


for name, A in (("ReLU", np.maximum(H, 0.0)), ("GELU", gelu(H))):
    print(f"{name} hidden units exactly zero: {np.mean(A == 0):.3f}   "
          f"negative: {np.mean(A < 0):.3f}   |value| < 0.01: {np.mean(np.abs(A) < 0.01):.3f}")
z = np.array([-0.5, -0.1, 0.1])
print("derivative at z = " + ", ".join(f"{v:+.1f}" for v in z))
print("  ReLU  " + "  ".join(f"{v:.4f}" for v in (z > 0).astype(float)))
print("  GELU  " + "  ".join(f"{v:.4f}" for v in gelu_grad(z)))

# parameters and FLOPs per token, weights only (no biases), LLaMA-7B sizes
d = 4096
ffn, swiglu = 2 * d * (4 * d), 3 * d * 11008  # W1, W2 versus gate W, up V, down W2
print(f"\nd = {d}: ReLU/GELU FFN {ffn:,} weights, SwiGLU with hidden 11008 {swiglu:,}")
matmul_flops = 2 * ffn  # one multiply and one add per weight
for k in (1, 20):  # operations per hidden element: ReLU vs a generous count for GELU
    print(f"activation at {k:>2} ops per element: {k * 4 * d / matmul_flops:.4%} of the matmul FLOPs")
