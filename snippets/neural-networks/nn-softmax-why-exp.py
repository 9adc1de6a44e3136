import numpy as np


def plain(z):  # divide each logit by the sum of the logits
    return z / z.sum()


def softmax(z):
    e = np.exp(z - z.max())
    return e / e.sum()


def fmt(v):
    return "(" + ", ".join(f"{x:7.4f}" for x in v) + ")"


print(f"{'logits':<16} {'plain z / sum(z)':<31} softmax")
for z in ([1.0, -2.0, 1.0], [2.0, -4.0, 1.0], [3.0, 1.0, 0.0]):
    z = np.array(z)
    with np.errstate(divide="ignore", invalid="ignore"):
        q = plain(z)
    label = "(" + ", ".join(f"{x:g}" for x in z) + ")"
    print(f"{label:<16} {fmt(q):<31} {fmt(softmax(z))}")

z = np.array([3.0, 1.0, 0.0])
print("\nsame logits (3, 1, 0) shifted or scaled:")
for name, v in (("z + 5", z + 5), ("z - 5", z - 5), ("2 z", 2 * z), ("z / 2", z / 2)):
    with np.errstate(divide="ignore", invalid="ignore"):
        q = plain(v)
    print(f"  {name:<6} plain {fmt(q)}  softmax {fmt(softmax(v))}")

# softmax(z) maximizes <p, z> + H(p) over all distributions p (the Gibbs distribution)
rng = np.random.default_rng(0)
P = rng.dirichlet(np.ones(3), size=20_000)  # random distributions over 3 classes
objective = P @ z - (P * np.log(P)).sum(axis=1)
p = softmax(z)
print(f"\n<p, z> + H(p): softmax {p @ z - (p * np.log(p)).sum():.4f}, "
      f"best of 20000 random p {objective.max():.4f}, log sum exp(z) {np.log(np.exp(z).sum()):.4f}")
