from collections import Counter

# Word frequencies in a toy corpus; BPE starts from single characters
freqs = {"play": 8, "plays": 5, "played": 6, "playing": 4, "say": 7,
         "says": 3, "stay": 4, "stayed": 2, "staying": 3, "sing": 2}
words = {w: list(w) for w in freqs}


def apply_merge(symbols, pair):
    out, i = [], 0
    while i < len(symbols):
        if i + 1 < len(symbols) and (symbols[i], symbols[i + 1]) == pair:
            out.append(symbols[i] + symbols[i + 1])
            i += 2
        else:
            out.append(symbols[i])
            i += 1
    return out


merges = []
for step in range(1, 10):  # training: merge the most frequent adjacent pair, 9 times
    pairs = Counter()
    for w, syms in words.items():
        for pair in zip(syms, syms[1:]):
            pairs[pair] += freqs[w]
    best, count = max(pairs.items(), key=lambda kv: (kv[1], kv[0]))
    merges.append(best)
    words = {w: apply_merge(s, best) for w, s in words.items()}
    print(f"merge {step}: {best[0]!r:>6} + {best[1]!r:<5} -> {''.join(best)!r:<8} "
          f"(count {count})")

alphabet = sorted(set("".join(freqs)))
print("\nbase symbols:", "".join(alphabet), f"-> vocabulary {len(alphabet) + len(merges)}")
for w, syms in words.items():
    print(f"{w:>8}: {' '.join(syms)}")


def encode(word):  # replay the learned merges in training order
    syms = [c if c in alphabet else "<unk>" for c in word]
    for pair in merges:
        syms = apply_merge(syms, pair)
    return syms


for w in ("slaying", "stays", "prayed"):
    print(f"new word {w!r}: {' '.join(encode(w))}")
for s in ("play", "naïve", "Москва", "€"):
    print(f"{s!r}: code points {len(s)}, UTF-8 bytes {len(s.encode('utf-8'))}")
