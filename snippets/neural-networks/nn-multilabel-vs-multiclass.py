import numpy as np

labels = ["dog", "beach", "cat", "car", "tree"]
y = np.array([1.0, 1.0, 0.0, 0.0, 0.0])  # one photo, two true labels out of five


def softmax(z):
    e = np.exp(z - z.max())
    return e / e.sum()


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def fmt(v):
    return " ".join(f"{x:.4f}" for x in v)


# Fit free logits for this one example by gradient descent: the best each loss can do.
z_soft, z_sig = np.zeros(5), np.zeros(5)
for step in range(2000):
    # softmax CE, summed over the true labels: -log p_dog - log p_beach, gradient 2p - y
    z_soft -= 0.5 * (y.sum() * softmax(z_soft) - y)
    # sigmoid BCE per label, summed: gradient sigmoid(z) - y for each label separately
    z_sig -= 0.5 * (sigmoid(z_sig) - y)

p_soft, p_sig = softmax(z_soft), sigmoid(z_sig)
ce = -(y * np.log(p_soft)).sum()
bce = -(y * np.log(p_sig) + (1 - y) * np.log(1 - p_sig)).sum()
print("labels            ", " ".join(f"{s:>6}" for s in labels))
print(f"softmax + CE       {fmt(p_soft)}   loss {ce:.4f} (floor 2 ln 2 = {2 * np.log(2):.4f})")
print(f"sigmoids + BCE     {fmt(p_sig)}   loss {bce:.4f} (floor 0)")
print(f"labels above 0.5:  softmax {[labels[k] for k in np.flatnonzero(p_soft > 0.5)]}, "
      f"sigmoid {[labels[k] for k in np.flatnonzero(p_sig > 0.5)]}")

z = np.zeros(5)
z[0] += 2.0  # raise only the dog logit
print(f"raise dog logit by 2: softmax beach {softmax(np.zeros(5))[1]:.4f} -> {softmax(z)[1]:.4f}, "
      f"sigmoid beach {sigmoid(0.0):.4f} -> {sigmoid(z[1]):.4f}")
