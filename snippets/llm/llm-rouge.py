from collections import Counter
from itertools import combinations


def prf(overlap, n_cand, n_ref):
    p, r = overlap / n_cand, overlap / n_ref
    return p, r, 0.0 if overlap == 0 else 2 * p * r / (p + r)


def rouge_n(cand, ref, n):
    grams = lambda w: Counter(tuple(w[i:i + n]) for i in range(len(w) - n + 1))
    c, r = grams(cand), grams(ref)
    return prf(sum((c & r).values()), sum(c.values()), sum(r.values()))  # & keeps the min count


def rouge_l(cand, ref):
    lcs = [[0] * (len(ref) + 1) for _ in range(len(cand) + 1)]  # lcs[i][j]: LCS of prefixes
    for i, a in enumerate(cand, 1):
        for j, b in enumerate(ref, 1):
            lcs[i][j] = lcs[i - 1][j - 1] + 1 if a == b else max(lcs[i - 1][j], lcs[i][j - 1])
    return prf(lcs[-1][-1], len(cand), len(ref))


def rouge_s(cand, ref):  # skip-bigrams: ordered word pairs, any gap between them
    c, r = Counter(combinations(cand, 2)), Counter(combinations(ref, 2))
    return prf(sum((c & r).values()), sum(c.values()), sum(r.values()))


reference = "police arrested the suspect near the station on monday".split()
candidates = {
    "good summary": "police arrested a suspect on monday",
    "paraphrase": "officers detained a man close to the station monday",
    "word salad": "monday on station the near suspect the arrested police",
}
metrics = {"ROUGE-1": lambda c, r: rouge_n(c, r, 1), "ROUGE-2": lambda c, r: rouge_n(c, r, 2),
           "ROUGE-L": rouge_l, "ROUGE-S": rouge_s}
print(f"reference: {' '.join(reference)}")
for name, text in candidates.items():
    print(f"\n{name}: {text}")
    for metric, fn in metrics.items():
        p, r, f = fn(text.split(), reference)
        print(f"  {metric}  P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
