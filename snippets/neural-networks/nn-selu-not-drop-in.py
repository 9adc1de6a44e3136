import numpy as np

LAMBDA, ALPHA = 1.0507009873554805, 1.6732632423543772
SAT = -LAMBDA * ALPHA  # SELU's negative saturation value, about -1.7581


def selu(z):
    return LAMBDA * np.where(z > 0, z, ALPHA * np.expm1(np.minimum(z, 0.0)))


def dropout(a, rate, rng):  # standard inverted dropout: zero a unit, scale survivors by 1/keep
    keep = rng.random(a.shape) >= rate
    return a * keep / (1 - rate)


def alpha_dropout(a, rate, rng):  # dropped units go to SAT, then an affine map restores mean and variance
    keep, q = rng.random(a.shape) >= rate, 1 - rate
    scale = (q + SAT**2 * q * (1 - q)) ** -0.5
    return scale * np.where(keep, a, SAT) - scale * (1 - q) * SAT


width, depth, batch, rate = 200, 30, 100, 0.1
x0 = np.random.default_rng(0).normal(size=(batch, width))  # standardized inputs
settings = [("LeCun", None), ("LeCun", dropout), ("LeCun", alpha_dropout), ("He", None), ("He", dropout)]
print(f"after {depth} SELU layers, width {width}, drop rate {rate}")
for init, drop in settings:
    rng = np.random.default_rng(1)
    gain = 1.0 if init == "LeCun" else 2.0  # Var(W) = gain / fan_in
    a = x0
    for _ in range(depth):
        a = selu(a @ rng.normal(0.0, np.sqrt(gain / width), size=(width, width)))
        if drop is not None:
            a = drop(a, rate, rng)
    label = f"{init} init, {drop.__name__ if drop else 'no dropout'}"
    print(f"{label:<30} mean {a.mean():+.3f}   variance {a.var():7.3f}")
