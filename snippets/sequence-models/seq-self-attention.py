import numpy as np

np.set_printoptions(precision=3, suppress=True, floatmode="fixed")
tokens = ["the", "cat", "sat"]
X = np.array([[1.0, 0.0, 1.0, 0.0],   # token embeddings, one row per token (n = 3, d_model = 4)
              [0.0, 2.0, 0.0, 1.0],
              [1.0, 1.0, 1.0, 1.0]])
rng = np.random.default_rng(1)  # fixed "learned" projections, rounded to one decimal
W_Q, W_K, W_V = np.round(rng.normal(0.0, 0.7, size=(3, 4, 4)), 1)  # d_k = d_v = 4

Q, K, V = X @ W_Q, X @ W_K, X @ W_V        # each (3, 4)
d_k = K.shape[1]
S = Q @ K.T / np.sqrt(d_k)                 # (3, 3): query i against key j
A = np.exp(S - S.max(axis=1, keepdims=True))  # subtracting the row max avoids overflow
A /= A.sum(axis=1, keepdims=True)          # row-wise softmax
Y = A @ V                                  # (3, 4): weighted averages of value rows

print("raw scores Q K^T:\n", Q @ K.T)
print(f"scaled scores S = Q K^T / sqrt({d_k}):\n", S)
print("weights A = softmax(S) by row:\n", A)
print("row sums:", A.sum(axis=1))
print("values V:\n", V)
print("outputs Y = A V:\n", Y)
i = 1
mix = " + ".join(f"{A[i, j]:.3f}*V[{tokens[j]}]" for j in range(3))
print(f"output for '{tokens[i]}' = {mix} = {A[i] @ V}")
print(f"argmax of each row: {[tokens[j] for j in A.argmax(axis=1)]}")
