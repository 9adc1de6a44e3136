import math

import numpy as np

erf = np.vectorize(math.erf)


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def Phi(x):  # standard normal CDF
    return 0.5 * (1.0 + erf(x / math.sqrt(2.0)))


def phi(x):  # standard normal density
    return np.exp(-0.5 * x**2) / math.sqrt(2.0 * math.pi)


# name: (f, f'); at the kink x = 0 the piecewise functions use their left-side slope
acts = {
    "sigmoid": (sigmoid, lambda x: sigmoid(x) * (1 - sigmoid(x))),
    "tanh": (np.tanh, lambda x: 1 - np.tanh(x) ** 2),
    "ReLU": (lambda x: np.maximum(0.0, x), lambda x: (x > 0).astype(float)),
    "LeakyReLU": (lambda x: np.where(x > 0, x, 0.01 * x), lambda x: np.where(x > 0, 1.0, 0.01)),
    "ELU": (lambda x: np.where(x > 0, x, np.expm1(x)), lambda x: np.where(x > 0, 1.0, np.exp(x))),
    "GELU": (lambda x: x * Phi(x), lambda x: Phi(x) + x * phi(x)),
    "SiLU": (lambda x: x * sigmoid(x), lambda x: sigmoid(x) * (1 + x * (1 - sigmoid(x)))),
}

x = np.array([-5.0, -1.0, 0.0, 1.0, 5.0])
for part, k in (("f(x)", 0), ("f'(x)", 1)):
    print(f"{part + ' at x =':<17}" + "".join(f"{v:9.0f}" for v in x))
    for name, fns in acts.items():
        print(f"{name:<17}" + "".join(f"{v:9.4f}" for v in fns[k](x)))
    print()
