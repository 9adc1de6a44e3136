import numpy as np

np.set_printoptions(precision=3, suppress=True, floatmode="fixed")


def softmax(S):
    E = np.exp(S - S.max(axis=-1, keepdims=True))
    return E / E.sum(axis=-1, keepdims=True)


# Scores of the query at position 2 against keys 0..4; keys 3 and 4 lie in its future.
s = np.array([2.1, 3.0, 1.5, 4.2, 0.8])
future = np.arange(5) > 2
print("no mask               ", softmax(s))
print("future set to -inf    ", softmax(np.where(future, -np.inf, s)))
print("future set to 0       ", softmax(np.where(future, 0.0, s)))
w = np.where(future, 0.0, softmax(s))
print(f"zeroed after softmax   {w}  sum {w.sum():.3f}")

# Masked attention over a 5-token sequence, then change only the last token.
rng = np.random.default_rng(0)
n, d = 5, 8
W_Q, W_K, W_V = rng.normal(0.0, d**-0.5, size=(3, d, d))
M = np.triu(np.full((n, n), -np.inf), k=1)  # 0 on and below the diagonal, -inf above


def attend(X, mask):
    Q, K, V = X @ W_Q, X @ W_K, X @ W_V
    return softmax(Q @ K.T / np.sqrt(d) + mask) @ V


X1 = rng.normal(size=(n, d))
X2 = X1.copy()
X2[-1] = rng.normal(size=d)  # a different last token
for name, mask in (("causal", M), ("no mask", np.zeros((n, n)))):
    change = np.abs(attend(X1, mask) - attend(X2, mask)).max(axis=1)
    print(f"{name:<8} change of each position's output: {change}")

with np.errstate(invalid="ignore"):
    print("row of all -inf      ", softmax(np.full(3, -np.inf)))
print("row of all float min ", softmax(np.full(3, np.finfo(np.float64).min)))
