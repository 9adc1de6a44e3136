import numpy as np

words = ("the quick brown fox jumps over the lazy dog while the cat "
         "sleeps on the warm mat by the door").split()
n = len(words)  # 20 tokens
IGNORE = "-"  # a position that contributes nothing to the loss (-100 in PyTorch)

# Causal LM: position t reads tokens 0..t and is scored on token t + 1.
clm_target = words[1:] + [IGNORE]  # the last token has no successor in this window

# Masked LM: pick 15% of the positions, hide them, score only those.
rng = np.random.default_rng(3)
picked = np.sort(rng.choice(n, size=round(0.15 * n), replace=False))
mlm_input = ["[MASK]" if t in picked else w for t, w in enumerate(words)]
mlm_target = [w if t in picked else IGNORE for t, w in enumerate(words)]

print(f"{'pos':>3}  {'token':<7}{'CLM target':<11}{'MLM input':<10}MLM target")
for t in range(n):
    print(f"{t:>3}  {words[t]:<7}{clm_target[t]:<11}{mlm_input[t]:<10}{mlm_target[t]}")

n_clm = sum(y != IGNORE for y in clm_target)
n_mlm = sum(y != IGNORE for y in mlm_target)
print(f"positions in the loss: causal {n_clm} of {n}, masked {n_mlm} of {n}")
T = 512  # a window of T + 1 tokens gives T causal targets; BERT masks 15% of T
print(f"per {T}-token window: causal {T} targets, masked {round(0.15 * T)} "
      f"({T / round(0.15 * T):.1f}x fewer)")
