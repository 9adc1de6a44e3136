import numpy as np

vocab = ["<eos>", "i", "think", "that", "it", "is", "good", "and", "."]
V, EOS, max_len = len(vocab), 0, 60
rng = np.random.default_rng(1)
Z = rng.normal(-1.0, 0.5, size=(V, V))  # bigram next-token logits, row = current token
for cur, nxt, logit in [("i", "think", 3), ("think", "that", 3), ("that", "it", 3),
                        ("it", "is", 3), ("is", "good", 3), ("good", "and", 2.0),
                        ("good", ".", 1.6), ("and", "i", 3), (".", "<eos>", 3)]:
    Z[vocab.index(cur), vocab.index(nxt)] = logit


def generate(T=0.0, presence=0.0):
    ids, seen = [vocab.index("i")], np.zeros(V)
    while ids[-1] != EOS and len(ids) < max_len:
        z = Z[ids[-1]] - presence * seen  # presence penalty on generated tokens
        if T == 0.0:
            nxt = int(np.argmax(z))  # greedy
        else:
            cdf = np.cumsum(np.exp((z - z.max()) / T))
            nxt = int(np.searchsorted(cdf, rng.random() * cdf[-1], side="right"))
        ids.append(nxt)
        seen[nxt] = 1.0
    return ids


def show(name, ids):
    words = " ".join(vocab[i] for i in ids[:15]) + (" ..." if len(ids) > 15 else "")
    print(f"{name:<22} {len(ids):>2d} tokens | {words}")


show("greedy", generate())
show("greedy + presence 1.0", generate(presence=1.0))
show("sampled, T = 0.7", generate(T=0.7))
print(f"share of 1000 samples ending within {max_len} tokens: any / right after '.'")
for T in (0.3, 0.7, 1.0):
    runs = [generate(T=T) for _ in range(1000)]
    ended = np.mean([r[-1] == EOS for r in runs])
    clean = np.mean([r[-1] == EOS and vocab[r[-2]] == "." for r in runs])
    median = np.median([len(r) for r in runs])
    print(f"T = {T:.1f}: {ended:.3f} / {clean:.3f}, median length {median:.0f}")
