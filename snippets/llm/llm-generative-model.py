import numpy as np

corpus = ["the cat sat on the mat", "the dog sat on the rug", "a cat saw a dog",
          "the dog ran to the cat", "a bird sat on a mat", "the rat ran to the mat"]
chars = sorted(set("".join(corpus)))
vocab = ["|"] + chars  # "|" marks both the start and the end of a string
idx = {c: i for i, c in enumerate(vocab)}

counts = np.zeros((len(vocab), len(vocab)))
for s in corpus:
    seq = "|" + s + "|"
    for a, b in zip(seq, seq[1:]):
        counts[idx[a], idx[b]] += 1


def model(alpha):  # row a holds p(next | a); alpha = 0 is the maximum-likelihood fit
    c = counts + alpha
    return c / c.sum(axis=1, keepdims=True)


def log_prob(P, s):  # chain rule: sum of log p(x_t | x_{t-1}), end marker included
    seq = "|" + s + "|"
    return sum(np.log(P[idx[a], idx[b]]) for a, b in zip(seq, seq[1:]))


n_pred = sum(len(s) + 1 for s in corpus)  # predictions made on the training corpus
print(f"vocabulary {len(vocab)} symbols, {n_pred} next-character predictions")
for alpha in (0.0, 0.1, 1.0):
    ce = -sum(log_prob(model(alpha), s) for s in corpus) / n_pred
    print(f"alpha = {alpha:3.1f}: training cross-entropy {ce:.4f} nats/char")

P = model(0.1)  # a little smoothing so that unseen pairs keep a small probability
for s in ("the cat sat on the rug", "tsa eht act no eht gur"):
    print(f"log p({s!r}) = {log_prob(P, s):8.3f}")

rng = np.random.default_rng(2)
P = model(0.0)
for _ in range(3):  # ancestral sampling: draw a character, append it, repeat
    out, cur = "", "|"
    while len(out) < 40:
        cur = vocab[rng.choice(len(vocab), p=P[idx[cur]])]
        if cur == "|":
            break
        out += cur
    print(f"sample: {out!r}")
