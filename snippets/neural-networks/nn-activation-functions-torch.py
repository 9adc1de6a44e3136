import math

import numpy as np
import torch

rng = np.random.default_rng(0)
x_np = rng.normal(0.0, 3.0, size=10_000)  # float64; almost surely no input sits exactly on a kink
sig = 1 / (1 + np.exp(-x_np))
Phi = 0.5 * (1 + np.vectorize(math.erf)(x_np / math.sqrt(2)))  # standard normal CDF
phi = np.exp(-0.5 * x_np**2) / math.sqrt(2 * math.pi)

# module: (NumPy f(x), NumPy f'(x)), written from the formulas
cases = {
    torch.nn.Sigmoid(): (sig, sig * (1 - sig)),
    torch.nn.Tanh(): (np.tanh(x_np), 1 - np.tanh(x_np) ** 2),
    torch.nn.ReLU(): (np.maximum(0, x_np), (x_np > 0).astype(float)),
    torch.nn.LeakyReLU(0.01): (np.where(x_np > 0, x_np, 0.01 * x_np), np.where(x_np > 0, 1, 0.01)),
    torch.nn.GELU(): (x_np * Phi, Phi + x_np * phi),  # exact erf form, the default
    torch.nn.SiLU(): (x_np * sig, sig * (1 + x_np * (1 - sig))),
    torch.nn.ELU(alpha=1.0): (np.where(x_np > 0, x_np, np.expm1(x_np)),
                              np.where(x_np > 0, 1, np.exp(x_np))),
}

tol = 1e-12
print(f"float64, {x_np.size} inputs, verdict = max |torch - numpy| < {tol:.0e}")
for module, (f_np, df_np) in cases.items():
    x = torch.tensor(x_np, requires_grad=True)
    y = module(x)
    y.sum().backward()  # d(sum y)/dx_i = f'(x_i): autograd's elementwise derivative
    err_f = np.abs(y.detach().numpy() - f_np).max()
    err_g = np.abs(x.grad.numpy() - df_np).max()
    name = type(module).__name__
    print(f"{name:<10} values agree: {err_f < tol!s:<5}  gradients agree: {err_g < tol}")

zero = torch.zeros(1, requires_grad=True)  # exactly on ReLU's kink
torch.nn.ReLU()(zero).backward()
print(f"at the kink autograd returns ReLU'(0) = {zero.grad.item():.1f}, one valid subgradient")
