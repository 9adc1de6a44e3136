import numpy as np


def bce_naive(z, y):  # sigmoid first, then the log of a probability
    p = 1.0 / (1.0 + np.exp(-z))
    return -(y * np.log(p) + (1 - y) * np.log(1 - p))


def bce_clipped(z, y, eps=1e-7):  # the usual patch: keep p away from 0 and 1
    p = np.clip(1.0 / (1.0 + np.exp(-z)), eps, 1 - eps)
    return -(y * np.log(p) + (1 - y) * np.log(1 - p))


def bce_logits(z, y):  # max(z, 0) - z y + log(1 + e^-|z|): nothing overflows
    return np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z)))


def sigmoid_stable(z):  # for the gradient p - y; exp only ever sees -|z|
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


print(f"{'z':>6} {'y':>3} {'naive':>10} {'clipped':>10} {'from logit':>11} {'dL/dz = p - y':>14}")
for z in (-800.0, -50.0, 0.0, 50.0):
    for y in (0.0, 1.0):
        with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
            naive, clipped = bce_naive(z, y) + 0.0, bce_clipped(z, y) + 0.0  # + 0.0: no "-0.0"
        stable = bce_logits(z, y)
        grad = sigmoid_stable(z) - y
        print(f"{z:6.0f} {y:3.0f} {naive:10.4f} {clipped:10.4f} {stable:11.4f} {grad:14.4f}")

p = 1.0 / (1.0 + np.exp(-50.0))
print(f"\nsigmoid(50) == 1.0 in float64: {p == 1.0}   np.exp(800.0) overflows to inf")
