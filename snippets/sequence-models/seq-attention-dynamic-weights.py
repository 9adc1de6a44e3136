import numpy as np

np.set_printoptions(precision=3, suppress=True, floatmode="fixed")
rng = np.random.default_rng(0)
n, d = 4, 3


def softmax(S):
    E = np.exp(S - S.max(axis=-1, keepdims=True))
    return E / E.sum(axis=-1, keepdims=True)


X1 = rng.normal(size=(n, d))  # two different 4-token inputs
X2 = rng.normal(size=(n, d))
M = softmax(rng.normal(size=(n, n)))  # a fixed token-mixing matrix: "learned", then frozen

A1, A2 = softmax(X1 @ X1.T), softmax(X2 @ X2.T)  # parameter-free self-attention weights
print("attention weights, input 1:\n", A1)
print("attention weights, input 2:\n", A2)
print(f"largest |A1 - A2| = {np.abs(A1 - A2).max():.3f}")
print("fixed layer's weights, input 1 and input 2 alike:\n", M)

print("token each row draws most from:")
print(f"  attention, input 1: {A1.argmax(axis=1)}   input 2: {A2.argmax(axis=1)}")
print(f"  fixed layer, any input: {M.argmax(axis=1)}")

A_double = softmax((2 * X1) @ (2 * X1).T)  # same directions, twice the norm
print(f"row 0 of A(X1)  {A1[0]}\nrow 0 of A(2X1) {A_double[0]}")
lin = np.abs(M @ (2 * X1) - 2 * (M @ X1)).max()
att = np.abs(A_double @ (2 * X1) - 2 * (A1 @ X1)).max()
print(f"does doubling the input double the output? error, fixed layer: {lin:.3f}, attention: {att:.3f}")
