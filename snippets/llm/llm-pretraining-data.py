import hashlib
import zlib

import numpy as np

docs = {
    "A": "The city council approved the new budget on Tuesday after a long debate. "
         "The plan adds funds for public transport, repairs two bridges and hires "
         "forty teachers for the schools in the northern district next year.",
    "B": "The city council approved the new budget on Monday after a long debate. "
         "The plan adds money for public transport, repairs two bridges and hires "
         "forty teachers for the schools in the northern district next year.",
    "C": "Preheat the oven to 200 degrees, mix the flour with butter and sugar, "
         "then bake the dough for twenty minutes until the top turns golden brown.",
}
normalize = lambda text: " ".join(text.lower().replace(".", " ").replace(",", " ").split())
docs_A_copy = docs["A"].upper().replace(". ", ".\n\n")  # same text, other formatting
for name, text in (("A", docs["A"]), ("A reformatted", docs_A_copy), ("B", docs["B"])):
    digest = hashlib.sha1(normalize(text).encode()).hexdigest()[:12]
    print(f"SHA-1 of normalized {name:<13} = {digest}")
print()


def shingles(text, n=3):  # the set of word 3-grams
    w = normalize(text).split()
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


k, prime = 128, 4294967291  # 128 hash functions h(x) = (a x + b) mod prime
rng = np.random.default_rng(0)
a = rng.integers(1, prime, size=k, dtype=np.uint64)
b = rng.integers(0, prime, size=k, dtype=np.uint64)


def minhash(sh):  # signature: the minimum of each hash function over the shingles
    x = np.array([zlib.crc32(s.encode()) for s in sh], dtype=np.uint64)
    return ((a[:, None] * x[None, :] + b[:, None]) % np.uint64(prime)).min(axis=1)


S = {name: shingles(t) for name, t in docs.items()}
sig = {name: minhash(sh) for name, sh in S.items()}
for x, y in (("A", "B"), ("A", "C")):
    inter, union = len(S[x] & S[y]), len(S[x] | S[y])
    exact, est = inter / union, np.mean(sig[x] == sig[y])
    print(f"docs {x},{y}: Jaccard {inter}/{union} = {exact:.3f}, MinHash {est:.3f} "
          f"(standard error {np.sqrt(exact * (1 - exact) / k):.3f})")
