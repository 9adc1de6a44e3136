from collections import Counter

text = """the cat sat on the mat . the dog sat on the rug .
the cat saw the dog . the dog saw a bird on the mat .
a bird sat on the cat . the cat ran to the rug ."""
words = text.split()

# Bigram model: p(next | prev) = count(prev, next) / count(prev, anything)
pairs = Counter(zip(words, words[1:]))
follows = Counter(words[:-1])


def p(nxt, prev):
    return pairs[(prev, nxt)] / follows[prev] if follows[prev] else 0.0


prev = "the"
print(f"next word after '{prev}' ({follows[prev]} occurrences):")
for (a, b), c in sorted(pairs.items(), key=lambda kv: -kv[1]):
    if a == prev:
        print(f"  p({b:<4}| {prev}) = {c}/{follows[prev]} = {c / follows[prev]:.3f}")

V = len(set(words))
print(f"\nvocabulary V = {V}, possible bigrams V^2 = {V * V}, "
      f"seen {len(pairs)} ({len(pairs) / V**2:.1%})\n")

for sentence in ("the dog sat on the mat .", "the bird sat on the mat ."):
    w = sentence.split()
    prob = 1.0
    for a, b in zip(w, w[1:]):
        prob *= p(b, a)
    unseen = [f"{a} {b}" for a, b in zip(w, w[1:]) if pairs[(a, b)] == 0]
    print(f"{sentence!r}: p = {prob:.5f}, unseen pairs {unseen}")
