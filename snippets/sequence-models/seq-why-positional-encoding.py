import numpy as np

rng = np.random.default_rng(0)
n, d = 6, 8  # tokens, model width
X = rng.normal(size=(n, d))  # token embeddings, one row per token, no positions yet
W_Q, W_K, W_V = rng.normal(0, d**-0.5, (3, d, d))


def attention(X, causal=False):
    S = (X @ W_Q) @ (X @ W_K).T / np.sqrt(d)
    if causal:
        S = np.where(np.tri(len(X), dtype=bool), S, -np.inf)  # token i sees tokens 0..i only
    A = np.exp(S - S.max(axis=1, keepdims=True))
    return (A / A.sum(axis=1, keepdims=True)) @ (X @ W_V)


perm = rng.permutation(n)  # shuffle the word order
P = np.eye(n)[perm]  # permutation matrix: P @ X reorders the rows of X
print("order", perm)
print(f"no positions:           Attn(PX) == P Attn(X)? {np.allclose(attention(P @ X), P @ attention(X))}")

pos = rng.normal(size=(n, d))  # one vector per position (learned or sinusoidal)
same = np.allclose(attention(P @ X + pos), P @ attention(X + pos))
print(f"with position vectors:  Attn(PX + E) == P Attn(X + E)? {same}")

same = np.allclose(attention(P @ X, causal=True), P @ attention(X, causal=True))
print(f"causal mask, no positions: Attn(PX) == P Attn(X)? {same}")

words = ["dog", "bites", "man"]  # no positions: a sentence is a bag of words
a, b = attention(X[:3]), attention(X[[2, 1, 0]])  # "dog bites man" vs "man bites dog"
print(f"'{words[1]}' gets the same output in both sentences: {np.allclose(a[1], b[1])}")
