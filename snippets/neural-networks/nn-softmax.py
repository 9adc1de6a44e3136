import numpy as np


def softmax(z):
    e = np.exp(z - z.max())  # subtracting the largest logit changes nothing but the overflow risk
    return e / e.sum()


def fmt(v):
    return "(" + ", ".join(f"{x:.4f}" for x in v) + ")"


z = np.array([1.0, 0.0, -1.0])  # logits for classes 0, 1, 2
p = softmax(z)
print(f"logits {fmt(z)}  ->  softmax {fmt(p)}, sum {p.sum():.4f}")
for c in range(3):
    print(f"true class {c}:  loss -log p_{c} = {-np.log(p[c]):.4f}")

print("\nadding a constant to every logit:")
for shift in (100.0, 1000.0):
    with np.errstate(over="ignore", invalid="ignore"):
        e = np.exp(z + shift)
        naive = e / e.sum()  # exp without the shift: inf / inf once exp overflows
    print(f"  +{shift:<5.0f} naive {fmt(naive)}  stable {fmt(softmax(z + shift))}")

print("\ntwo classes: softmax(z1, z2)[0] versus sigmoid(z1 - z2)")
for z1, z2 in ((2.0, 0.5), (-1.0, 3.0), (0.3, 0.3)):
    p0 = softmax(np.array([z1, z2]))[0]
    sig = 1.0 / (1.0 + np.exp(-(z1 - z2)))
    print(f"  z = ({z1:4.1f}, {z2:4.1f}):  softmax {p0:.6f}  sigmoid of difference {sig:.6f}")
