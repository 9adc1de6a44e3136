import matplotlib.pyplot as plt
import numpy as np

# Toy embeddings (no pretrained model): synonyms share a random base vector plus a small offset.
rng = np.random.default_rng(0)
groups = [["the", "a"], ["quick", "fast", "speedy"], ["brown"], ["fox"], ["jumped", "leapt"], ["over"],
          ["lazy", "sleepy"], ["dog"], ["cat"], ["slept"], ["on"], ["warm"], ["mat"]]
static = {}
for group in groups:
    base = rng.normal(size=32)
    static.update({word: base + 0.35 * rng.normal(size=32) for word in group})


def embed(sentence):
    """Fake contextual embeddings: word vector plus the sentence's mean vector, unit length."""
    X = np.array([static[w] for w in sentence.split()])
    X = X + X.mean(axis=0)
    return X / np.linalg.norm(X, axis=1, keepdims=True)


def bertscore(candidate, reference):
    S = embed(reference) @ embed(candidate).T  # cosines: reference tokens x candidate tokens
    R = S.max(axis=1).mean()  # each reference token greedily matched in the candidate
    P = S.max(axis=0).mean()  # each candidate token greedily matched in the reference
    return P, R, 2 * P * R / (P + R), S


ref = "the quick brown fox jumped over the lazy dog"
cands = {"paraphrase": "a speedy brown fox leapt over a sleepy dog",
         "shorter": "the fox jumped over the dog", "unrelated": "the cat slept on the warm mat"}
for name, cand in cands.items():
    P, R, F, _ = bertscore(cand, ref)
    print(f"{name:<11} P {P:.4f}  R {R:.4f}  F1 {F:.4f}")
P, R, F, _ = bertscore(ref, cands["shorter"])  # swap the roles of candidate and reference
print(f"{'swapped':<11} P {P:.4f}  R {R:.4f}  F1 {F:.4f}   ('shorter' as the reference)")
for word, other in (("dog", "paraphrase"), ("the", "unrelated")):
    u, v = (embed(s)[s.split().index(word)] for s in (ref, cands[other]))
    print(f"cosine of '{word}' in the reference and in the {other}: {u @ v:.4f}")

S = bertscore(cands["paraphrase"], ref)[3]  # rows: reference words, columns: paraphrase words
fig, ax = plt.subplots(figsize=(7, 6.5))
ax.imshow(S, cmap="viridis", vmin=0, vmax=1)
ax.plot(S.argmax(axis=1), range(S.shape[0]), "wo", ms=14, mfc="none", mew=2, label="best match of each reference word (recall)")
ax.plot(range(S.shape[1]), S.argmax(axis=0), "rx", ms=9, mew=2, label="best match of each paraphrase word (precision)")
ax.set_xticks(range(S.shape[1]), cands["paraphrase"].split(), rotation=45)
ax.set_yticks(range(S.shape[0]), ref.split())
ax.set(title="Cosine similarity of toy token embeddings (dark 0, yellow 1)", xlabel="candidate (paraphrase)", ylabel="reference")
ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2), fontsize=9, facecolor="0.7")
fig.tight_layout()
