import math

import numpy as np

# Expectations over pre-activations z ~ N(0, 1), by quadrature on a fine grid (no sampling noise)
z = np.linspace(-8.0, 8.0, 32_001)
phi = np.exp(-0.5 * z**2) / math.sqrt(2 * math.pi)
w = phi * (z[1] - z[0])  # quadrature weights, they sum to 1
sig = 1 / (1 + np.exp(-z))
Phi = 0.5 * (1 + np.vectorize(math.erf)(z / math.sqrt(2)))

acts = {  # name: (output range, f(z), f'(z))
    "sigmoid": ("(0, 1)", sig, sig * (1 - sig)),
    "tanh": ("(-1, 1)", np.tanh(z), 1 - np.tanh(z) ** 2),
    "ReLU": ("[0, inf)", np.maximum(0, z), (z > 0) * 1.0),
    "LeakyReLU": ("(-inf, inf)", np.where(z > 0, z, 0.01 * z), np.where(z > 0, 1, 0.01)),
    "ELU": ("(-1, inf)", np.where(z > 0, z, np.expm1(z)), np.where(z > 0, 1, np.exp(z))),
    "GELU": ("[-0.17, inf)", z * Phi, Phi + z * phi),
}
cols = ["range", "f'(0)", "P(f'=0)", "P(|f'|<0.05)", "E[f]", "1/E[f^2]"]
widths = [13, 7, 9, 14, 7, 10]
print(" " * 10 + "".join(c.rjust(n) for c, n in zip(cols, widths)))
i0 = len(z) // 2  # index of z = 0
for name, (range_txt, f, df) in acts.items():
    dead = np.sum(w[df == 0])  # share of inputs that pass no gradient at all
    weak = np.sum(w[np.abs(df) < 0.05])  # share that pass less than 5% of it
    gain2 = 1 / np.sum(w * f**2)  # weight-variance factor that keeps the next layer's variance
    row = [f"{df[i0]:.2f}", f"{dead:.3f}", f"{weak:.3f}", f"{np.sum(w * f):.3f}", f"{gain2:.3f}"]
    print(f"{name:<10}{range_txt:>13}" + "".join(v.rjust(n) for v, n in zip(row, widths[1:])))
