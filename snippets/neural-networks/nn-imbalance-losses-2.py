import matplotlib.pyplot as plt
import numpy as np

gammas = (0, 1, 2, 5)
print("per-example loss -(1 - p_t)^gamma log p_t  (gamma = 0 is cross-entropy)")
print("p_t   " + "".join(f"{'gamma=' + str(g):>11s}" for g in gammas))
for p_t in (0.1, 0.3, 0.5, 0.7, 0.9, 0.99):
    print(f"{p_t:<5} " + "".join(f"{-(1 - p_t) ** g * np.log(p_t):11.4g}" for g in gammas))

sizes = np.array([10, 100, 1_000, 10_000, 100_000])  # training examples per class
print("\nclass size   inverse freq   CB beta=0.999   CB beta=0.9999   E_n (beta=0.999)")
w = {}
for name, beta in (("inv", None), ("0.999", 0.999), ("0.9999", 0.9999)):
    raw = 1 / sizes if beta is None else (1 - beta) / (1 - beta ** sizes)  # 1 / E_n
    w[name] = raw / raw.sum() * len(sizes)  # weights sum to the number of classes
for i, n in enumerate(sizes):
    print(f"{n:10d} {w['inv'][i]:14.5f} {w['0.999'][i]:15.5f} {w['0.9999'][i]:16.5f} "
          f"{(1 - 0.999 ** n) / (1 - 0.999):18.2f}")
for name in w:
    print(f"largest / smallest weight, {name:>6s}: {w[name][0] / w[name][-1]:8.1f}")

p_t = np.linspace(0.01, 1, 400)
fig, ax = plt.subplots(figsize=(7, 4))
for g in gammas:
    ax.plot(p_t, -(1 - p_t) ** g * np.log(p_t), lw=2, label=f"gamma = {g}")
ax.set(xlabel="p_t, probability given to the true class", ylabel="loss", ylim=(0, 4),
       title="Focal loss: gamma flattens the loss of well-classified examples")
ax.legend()
ax.grid(alpha=0.3)
fig.tight_layout()
