import numpy as np


def prelu(x, a):  # a = 0: ReLU; a fixed and small: Leaky ReLU; a learned: PReLU
    return np.maximum(0, x) + a * np.minimum(0, x)


def d_dx(x, a):  # slope 1 on the positive side, a on the negative side (and at the kink)
    return np.where(x > 0, 1.0, a)


x = np.arange(-3.0, 4.0)  # -3, -2, ..., 3
rows = {
    "ReLU f(x)": prelu(x, 0.0),
    "Leaky(0.01) f(x)": prelu(x, 0.01),
    "PReLU(0.25) f(x)": prelu(x, 0.25),
    "ReLU f'(x)": d_dx(x, 0.0),
    "Leaky(0.01) f'(x)": d_dx(x, 0.01),
    "PReLU(0.25) f'(x)": d_dx(x, 0.25),
    "PReLU df/da": np.minimum(0, x),  # the signal that trains the slope a
}
print(f"{'x':<18}" + "".join(f"{v:7.0f}" for v in x))
for name, r in rows.items():
    print(f"{name:<18}" + "".join(f"{v:7.2f}" for v in r))

# Learning a: fit one PReLU to data generated with slope 0.5 on the negative side
rng = np.random.default_rng(0)
z = rng.normal(size=1000)
target = prelu(z, 0.5)
a = 0.25  # PReLU's usual initial value
for step in range(4):
    err = prelu(z, a) - target
    grad_a = np.mean(2 * err * np.minimum(0, z))  # chain rule: dLoss/da = mean(2 err * df/da)
    print(f"step {step}: a = {a:.4f}   dLoss/da = {grad_a:+.4f}")
    a -= 0.5 * grad_a
