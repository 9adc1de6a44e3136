import matplotlib.pyplot as plt
import numpy as np

# LSH banding: split a k = 128 MinHash signature into b bands of r rows. Two documents
# become a candidate pair if all r rows agree in at least one band:
# P(candidate) = 1 - (1 - s^r)^b for Jaccard similarity s.
s = np.linspace(0, 1, 501)
checks = (0.3, 0.5, 0.7, 0.9)
fig, ax = plt.subplots(figsize=(7, 4.2))
print(f"{'b x r':<8}{'threshold':>10}" + "".join(f"{f'P(s={v})':>10}" for v in checks))
for b, r in ((32, 4), (16, 8), (8, 16)):
    p = lambda v: 1 - (1 - v**r) ** b
    threshold = (1 / b) ** (1 / r)  # roughly where the curve is steepest
    ax.plot(s, p(s), lw=2, label=f"b={b}, r={r} (threshold {threshold:.2f})")
    print(f"{f'{b} x {r}':<8}{threshold:10.3f}" + "".join(f"{p(v):10.4f}" for v in checks))
ax.set(xlabel="Jaccard similarity s of two documents", ylabel="P(compared as candidates)",
       title="MinHash LSH with 128 hashes: the band shape sets the threshold")
ax.grid(alpha=0.3)
ax.legend(loc="upper left")
fig.tight_layout()
