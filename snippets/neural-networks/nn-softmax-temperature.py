import matplotlib.pyplot as plt
import numpy as np


def softmax_T(z, T):
    s = z / T  # the temperature divides the logits
    e = np.exp(s - s.max())
    return e / e.sum()


def entropy(p):  # in nats; 0 log 0 counts as 0
    nz = p[p > 0]
    return -(nz * np.log(nz)).sum()


z = np.array([3.0, 1.5, 1.0, -1.0])  # fixed logits, K = 4
print(f"{'T':>5}  {'p_1':>6} {'p_2':>6} {'p_3':>6} {'p_4':>6}  entropy (max ln 4 = {np.log(4):.4f})")
for T in (0.1, 0.5, 1.0, 2.0, 10.0):
    p = softmax_T(z, T)
    print(f"{T:5.1f}  " + " ".join(f"{v:6.4f}" for v in p) + f"  {entropy(p):.4f}")

# Distillation: the soft-target gradient shrinks like 1/T^2, so Hinton et al. multiply by T^2
teacher = np.array([6.0, 2.0, 1.0, -2.0])
student = np.array([2.0, 1.0, 1.5, 0.0])
print("\nsoft-target gradient wrt the student logits\n    T      |grad|  |grad| x T^2")
for T in (1.0, 2.0, 5.0, 10.0, 20.0):
    g = (softmax_T(student, T) - softmax_T(teacher, T)) / T  # d/dz of CE(p_teacher^T, p_student^T)
    print(f"{T:5.1f}  {np.linalg.norm(g):10.6f}  {np.linalg.norm(g) * T**2:12.4f}")

Ts = np.logspace(-1.3, 1.5, 300)
P = np.array([softmax_T(z, T) for T in Ts])
fig, ax = plt.subplots(figsize=(7, 4))
for k in range(len(z)):
    ax.plot(Ts, P[:, k], lw=2, label=f"class {k + 1} (logit {z[k]:g})")
ax.axvline(1.0, color="gray", ls="--", lw=1)
ax.axhline(0.25, color="gray", ls=":", lw=1)
ax.set(xscale="log", xlabel="temperature T (log scale)", ylabel="probability",
       title="softmax(z / T): one-hot as T -> 0, uniform (0.25) as T grows")
ax.legend()
ax.grid(alpha=0.3)
fig.tight_layout()
