import numpy as np

rng = np.random.default_rng(7)
a = "the cat sat on the warm mat by the door".split()  # segment A
b = "then it fell asleep in the afternoon sun".split()  # segment B, really follows A: IsNext
tokens = ["[CLS]"] + a + ["[SEP]"] + b + ["[SEP]"]
segment = [0] * (len(a) + 2) + [1] * (len(b) + 1)  # picks segment embedding A or B
vocab = sorted(set(a + b)) + ["dog", "ran", "blue", "river"]  # small stand-in vocabulary

candidates = [t for t, w in enumerate(tokens) if not w.startswith("[")]  # never special tokens
picked = np.sort(rng.choice(candidates, size=round(0.15 * len(candidates)), replace=False))
corrupted, targets = list(tokens), ["-"] * len(tokens)
for t in picked:
    targets[t] = tokens[t]  # the loss asks for the original token here
    u = rng.random()
    if u < 0.8:
        corrupted[t] = "[MASK]"
    elif u < 0.9:
        corrupted[t] = str(rng.choice(vocab))  # random token
    # else: keep the original token, but it is still predicted

width = [max(len(x), len(y)) for x, y in zip(corrupted, targets)]
for name, row in (("segment", segment), ("input", corrupted), ("target", targets)):
    print(f"{name:<8}" + " ".join(f"{str(x):<{w}}" for x, w in zip(row, width)).rstrip())
print(f"selected positions {picked.tolist()} of {len(candidates)} candidates; NSP label: IsNext")

# The same rule over a long stream of ids from BERT's 30,522-token vocabulary.
V, n = 30522, 1_000_000
ids = rng.integers(1000, V, size=n)
sel = rng.random(n) < 0.15
u = rng.random(n)
new = np.where(u < 0.8, 103, np.where(u < 0.9, rng.integers(1000, V, size=n), ids))  # 103 = [MASK]
new = np.where(sel, new, ids)
print(f"selected {sel.mean():.4f} of tokens; among them [MASK] {np.mean(new[sel] == 103):.4f}, "
      f"random {np.mean((new[sel] != 103) & (new[sel] != ids[sel])):.4f}, "
      f"unchanged {np.mean(new[sel] == ids[sel]):.4f}")
print(f"inputs shown as [MASK]: {np.mean(new == 103):.4f}; inputs altered: {np.mean(new != ids):.4f}")
