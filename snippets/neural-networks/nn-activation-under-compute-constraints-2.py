import numpy as np

rng = np.random.default_rng(0)
z = rng.standard_t(df=3, size=100_000)  # heavy-tailed pre-activations: a few very large values


def fake_quant(a, scale, lo, hi):  # round to integer codes in [lo, hi], then back to floats
    return np.clip(np.round(a / scale), lo, hi) * scale


print("uint8 outputs, scale calibrated on the largest output")
for name, a in (("ReLU", np.maximum(z, 0.0)), ("ReLU6", np.clip(z, 0.0, 6.0))):
    scale = a.max() / 255
    err = fake_quant(a, scale, 0, 255) - a
    lost = np.mean(np.round(a[a > 0] / scale) == 0)  # positive outputs that become code 0
    print(f"{name:<6} max {a.max():6.2f}  step {scale:.4f}  rms error {np.sqrt(np.mean(err**2)):.5f}"
          f"  positive outputs rounded to 0: {lost:.3f}")
print(f"inputs that ReLU6 clips at 6: {np.mean(z > 6):.4f}")

# int8 inputs q (scale s, zero point 0): what the activation costs on integer codes
s = 6.0 / 127
q = np.clip(np.round(z / s), -128, 127).astype(np.int64)
relu6_float = fake_quant(np.clip(q * s, 0.0, 6.0), s, -128, 127)
relu6_int = np.clip(q, 0, 127) * s  # ReLU6 on the codes themselves: a clamp
print(f"\nReLU6 as an integer clamp matches float-then-quantize: {np.array_equal(relu6_int, relu6_float)}")
codes = np.arange(-128, 128)
table = np.round(codes * s / (1 + np.exp(-codes * s)) / s)  # SiLU for every possible input code
silu_float = np.round(q * s / (1 + np.exp(-q * s)) / s)
print(f"SiLU through a {table.size}-entry lookup table matches: {np.array_equal(table[q + 128], silu_float)}")
