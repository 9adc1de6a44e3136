import matplotlib.pyplot as plt
import numpy as np

start, end, ramp_steps, total_steps = 64, 4096, 8000, 10_000
buckets = [64, 256, 1024, 4096]  # upper length of each bucket, in tokens


def max_len_linear(step):  # linear ramp, rounded down to a multiple of 64 tokens
    L = start + (end - start) * min(step / ramp_steps, 1.0)
    return int(L // 64 * 64)


def max_len_staged(step):  # unlock one bucket per stage of equal length
    return buckets[min(int(step / (ramp_steps / len(buckets))), len(buckets) - 1)]


rng = np.random.default_rng(0)  # a toy corpus: document lengths in tokens
lengths = np.clip(rng.lognormal(mean=5.5, sigma=1.1, size=20_000), 8, 4096).astype(int)
print(f"corpus: {lengths.size} documents, median {np.median(lengths):.0f} tokens")
print(f"{'step':>6}{'max len':>9}  {'unlocked buckets':<26}{'docs whole':>11}"
      f"{'attn cost/token':>17}")
for step in (0, 1000, 2000, 4000, 6000, 8000, 10_000):
    L = max_len_linear(step)
    unlocked = [f"<={u}" for u in buckets if u <= L]
    whole = np.mean(lengths <= L)  # longer documents are cut into chunks of L tokens
    print(f"{step:6d}{L:9d}  {' '.join(unlocked):<26}{whole:11.1%}{L / end:17.3f}")

steps = np.arange(total_steps + 1)
for name, f in (("linear ramp", max_len_linear), ("staged buckets", max_len_staged)):
    cost = np.mean([f(t) / end for t in steps])  # same tokens per step at every length
    print(f"mean attention cost per token, {name:<14}: {cost:.3f} (fixed 4096: 1.000)")
fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(steps, [max_len_linear(t) for t in steps], lw=2, label="linear ramp")
ax.plot(steps, [max_len_staged(t) for t in steps], lw=2, label="staged buckets")
ax.set(xlabel="training step", ylabel="maximum sequence length (tokens)", yscale="log",
       yticks=buckets, yticklabels=[str(u) for u in buckets],
       title="Sequence-length curriculum: short sequences first")
ax.grid(alpha=0.3)
ax.legend(loc="lower right")
fig.tight_layout()
