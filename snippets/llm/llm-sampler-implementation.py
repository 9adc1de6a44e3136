import numpy as np


def next_token_probs(logits, T=1.0, k=0, p=1.0):
    """Distribution to sample from: temperature, then top-k, then top-p."""
    z = np.asarray(logits, dtype=float)
    if not np.isfinite(z).any():
        raise ValueError("every token is masked")
    if T < 1e-5:  # T -> 0 is greedy: a one-hot on the arg-max (first one if tied)
        return np.eye(len(z))[np.argmax(z)]
    order = np.argsort(-z, kind="stable")  # token ids, most likely first
    zs = z[order] / T  # temperature
    if 0 < k < len(zs):
        zs[k:] = -np.inf  # keep exactly k (ties at the boundary go by index)
    ps = np.exp(zs - zs[0])
    ps /= ps.sum()
    before = np.cumsum(ps) - ps  # mass ranked above each token
    ps[before >= p] = 0.0  # nucleus: stop once p is reached, always keep the first
    q = np.zeros_like(ps)
    q[order] = ps / ps.sum()  # back to vocabulary order, renormalized
    return q


def sample(logits, rng, size=None, **settings):  # size=None draws one token id
    q = next_token_probs(logits, **settings)
    return rng.choice(len(q), size=size, p=q)


logits = np.array([2.0, 1.6, 1.2, 0.4, -0.5, -1.5, -np.inf])  # last token banned
rng = np.random.default_rng(0)
settings = [dict(), dict(k=3), dict(p=0.8), dict(T=0.7, k=4, p=0.9),
            dict(T=1.5, p=0.9), dict(T=0.0)]
header = "".join(f"  tok{i}" for i in range(len(logits)))
print(f"{'setting':<20} {header}  max|freq-q|")
for s in settings:
    q = next_token_probs(logits, **s)
    draws = sample(logits, rng, size=10_000, **s)  # 10,000 draws for one step
    freq = (draws[:, None] == np.arange(len(logits))).mean(axis=0)  # share per token
    label = ", ".join(f"{key}={val}" for key, val in s.items()) or "plain T=1"
    row = "".join(f"{f:6.3f}" for f in freq)
    print(f"{label:<20} {row}  {np.abs(freq - q).max():.3f}")
try:
    next_token_probs(np.full(4, -np.inf))
except ValueError as err:
    print("all logits masked ->", err)
