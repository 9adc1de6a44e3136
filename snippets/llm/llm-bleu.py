import math
from collections import Counter


def ngrams(words, n):
    return Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))


def bleu_stats(candidate, references):
    """[clipped matches, n = 1..4] + [candidate n-gram counts, n = 1..4] + [c, r]."""
    cand, refs = candidate.split(), [ref.split() for ref in references]
    matches, totals = [], []
    for n in range(1, 5):
        max_ref = Counter()
        for ref in refs:
            max_ref |= ngrams(ref, n)  # per n-gram: its largest count in any one reference
        matches.append(sum(min(k, max_ref[g]) for g, k in ngrams(cand, n).items()))
        totals.append(max(len(cand) - n + 1, 0))
    r = min((abs(len(ref) - len(cand)), len(ref)) for ref in refs)[1]  # closest reference length
    return matches + totals + [len(cand), r]


def bleu(stats):
    matches, totals, (c, r) = stats[:4], stats[4:8], stats[8:]
    bp = 1.0 if c > r else math.exp(1 - r / c)  # brevity penalty
    if min(matches) == 0:
        return bp, 0.0  # one zero precision zeroes the geometric mean
    return bp, bp * math.exp(sum(math.log(m / t) for m, t in zip(matches, totals)) / 4)


reference = ["the quick brown fox jumped over the lazy dog"]
candidates = {"identical": reference[0], "shorter": "the quick brown fox jumped over the dog",
              "light paraphrase": "a fast brown fox leaped over the lazy dog",
              "full paraphrase": "a speedy brown fox leapt over a sleepy dog",
              "roles swapped": "the lazy dog jumped over the quick brown fox",
              "degenerate": "the the the the the the the the the"}
print(f"{'candidate':<18}{'p1':>7}{'p2':>7}{'p3':>7}{'p4':>7}{'BP':>8}{'BLEU':>8}")
pooled, sentence_scores = [0] * 10, []
for name, cand in candidates.items():
    stats = bleu_stats(cand, reference)
    bp, score = bleu(stats)
    pooled, sentence_scores = [a + b for a, b in zip(pooled, stats)], sentence_scores + [score]
    print(f"{name:<18}" + "".join(f"{m}/{t}".rjust(7) for m, t in zip(stats[:4], stats[4:8]))
          + f"{bp:8.4f}{score:8.4f}")
unclipped = sum(1 for w in candidates["degenerate"].split() if w in reference[0].split())
print(f"degenerate without clipping: p1 = {unclipped}/9")
print(f"corpus BLEU of all six (pooled counts): {bleu(pooled)[1]:.4f}"
      f"   mean of sentence BLEUs: {sum(sentence_scores) / len(sentence_scores):.4f}")
