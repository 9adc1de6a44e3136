import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


rng = np.random.default_rng(0)
x = rng.normal(0.0, 2.0, size=500)  # pre-activations of one unit
noise = rng.normal(0.0, 0.1, size=(2, 500))
y_prelu = np.maximum(x, 0) + 0.3 * np.minimum(x, 0) + noise[0]  # data made with slope a = 0.3
y_swish = x * sigmoid(2.0 * x) + noise[1]  # data made with beta = 2

a, beta, lr = 0.25, 1.0, 0.1  # the usual starting values: PReLU 0.25, SiLU beta = 1
print(f"{'step':>4} {'a':>8} {'dL/da':>9} {'beta':>8} {'dL/dbeta':>9}")
for step in range(801):
    err_a = np.maximum(x, 0) + a * np.minimum(x, 0) - y_prelu
    grad_a = np.mean(2 * err_a * np.minimum(x, 0))  # d PReLU / da = min(0, x)
    s = sigmoid(beta * x)
    err_b = x * s - y_swish
    grad_beta = np.mean(2 * err_b * x**2 * s * (1 - s))  # d Swish / d beta = x^2 s (1 - s)
    if step in (0, 5, 10, 20, 50, 100, 200, 400, 800):
        print(f"{step:>4} {a:8.4f} {grad_a:+9.5f} {beta:8.4f} {grad_beta:+9.5f}")
    a -= lr * grad_a
    beta -= lr * grad_beta
