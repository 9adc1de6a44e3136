import numpy as np

rng = np.random.default_rng(0)
d_model, d_k = 8, 4
W_Q, W_K, W_V = rng.normal(0.0, d_model**-0.5, size=(3, d_model, d_k))


def softmax(S):
    E = np.exp(S - S.max(axis=-1, keepdims=True))
    return E / E.sum(axis=-1, keepdims=True)


def attention(X_q, X_kv):
    """Queries from X_q; keys and values from X_kv. Self-attention is X_kv = X_q."""
    Q, K, V = X_q @ W_Q, X_kv @ W_K, X_kv @ W_V
    A = softmax(Q @ K.T / np.sqrt(d_k))
    return A, A @ V


X = rng.normal(size=(4, d_model))       # one 4-token sequence
X_enc = rng.normal(size=(6, d_model))   # encoder output: 6 source tokens
X_dec = rng.normal(size=(3, d_model))   # decoder states: 3 target tokens so far

for name, (A, Y) in {"self  (X, X)": attention(X, X),
                     "cross (X_dec, X_enc)": attention(X_dec, X_enc)}.items():
    print(f"{name:<21} weights {A.shape}  outputs {Y.shape}  "
          f"row sums {np.array2string(A.sum(axis=1), precision=3, floatmode='fixed')}")

# Bahdanau-style additive scores from an RNN decoder state s to encoder states h_j
W_s, W_h = rng.normal(0.0, d_model**-0.5, size=(2, d_model, d_k))
v = rng.normal(size=d_k)
e = np.tanh(X_dec[:, None, :] @ W_s + X_enc[None, :, :] @ W_h) @ v   # (3, 6)
alpha = softmax(e)
print(f"additive (Bahdanau)   weights {alpha.shape}  "
      f"row sums {np.array2string(alpha.sum(axis=1), precision=3, floatmode='fixed')}")

A_cross, _ = attention(X_dec, X_enc)
A_longer, _ = attention(X_dec, np.vstack([X_enc, rng.normal(size=(4, d_model))]))
print(f"cross weights with a 10-token source: {A_longer.shape}")
print("cross weights, target x source:\n", np.array2string(A_cross, precision=3, floatmode="fixed"))
