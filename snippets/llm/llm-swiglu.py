import numpy as np


def silu(z):
    return z / (1.0 + np.exp(-z))


rng = np.random.default_rng(0)
d, h = 96, 256  # model width and SwiGLU hidden width, h = 8d/3
W1, W3 = rng.normal(0, d**-0.5, (h, d)), rng.normal(0, d**-0.5, (h, d))  # gate, up
W2 = rng.normal(0, h**-0.5, (d, h))  # down
x = rng.normal(size=d)  # one token vector after RMSNorm


def swiglu(x):
    return W2 @ (silu(W1 @ x) * (W3 @ x))


g, u = W1 @ x, W3 @ x
print(f"x {x.shape} -> gate {g.shape}, up {u.shape} -> output {swiglu(x).shape}")
print(" unit    gate g   SiLU(g)      up u   SiLU(g)*u")
for j in np.argsort(g)[[0, 1, h // 2, -2, -1]]:  # most closed ... most open gates
    print(f"{j:5d}  {g[j]:+8.3f}  {silu(g[j]):+8.3f}  {u[j]:+8.3f}  {silu(g[j]) * u[j]:+10.3f}")
print(f"share of units with |SiLU(g)| < 0.1: {np.mean(np.abs(silu(g)) < 0.1):.3f}")
for s in (2.0, 10.0):  # a product of two projections grows faster than linearly
    ratio = np.linalg.norm(swiglu(s * x)) / np.linalg.norm(swiglu(x))
    print(f"|f({s:g}x)| / |f(x)| = {ratio:.2f}   (a ReLU FFN without biases gives {s:.2f})")


def llama_hidden(d, multiple_of, multiplier=1.0):  # the rounding rule in Meta's reference code
    hidden = int(multiplier * int(2 * 4 * d / 3))
    return multiple_of * -(-hidden // multiple_of)


print("\nmodel            d   GELU 4d FFN   SwiGLU hidden   SwiGLU FFN   ratio")
models = (("LLaMA 7B", 4096, 256, 1.0), ("Llama 3 8B", 4096, 1024, 1.3),
          ("Llama 2 70B", 8192, 4096, 1.3))  # name, d, multiple_of, ffn_dim_multiplier
for name, dm, mult_of, mult in models:
    hs = llama_hidden(dm, mult_of, mult)
    ratio = 3 * hs / (8 * dm)  # SwiGLU FFN weights / GELU FFN weights
    print(f"{name:<12}{dm:>6}{8 * dm * dm:>14,}{hs:>16,}{3 * dm * hs:>13,}{ratio:>8.3f}")
