import matplotlib.pyplot as plt
import numpy as np

rng = np.random.default_rng(3)
n, d = 200, 6
X = np.linalg.qr(rng.normal(size=(n, d)))[0] * np.sqrt(n)  # whitened inputs: X^T X / n = I
U, V = np.linalg.qr(rng.normal(size=(d, d)))[0], np.linalg.qr(rng.normal(size=(d, d)))[0]
A = U @ np.diag([4.0, 2.0, 1.0, 0.5, 0.25, 0.1]) @ V.T  # full-rank linear target
Y = X @ A.T
loss = lambda W: np.mean(np.sum((X @ W.T - Y) ** 2, axis=1))

W_ols = np.linalg.lstsq(X, Y, rcond=None)[0].T  # best linear map of any rank
Uo, so, Vto = np.linalg.svd(W_ols)
W_r2 = Uo[:, :2] @ np.diag(so[:2]) @ Vto[:2]  # best rank-2 map (Eckart-Young, whitened X)
print(f"least squares, any rank: loss {loss(W_ols):.4f}")
print(f"best rank-2 linear map:  loss {loss(W_r2):.4f}  (= 1^2 + 0.5^2 + 0.25^2 + 0.1^2)")

fig, ax = plt.subplots(figsize=(7.5, 4))
for width in (2, 6):  # three linear layers 6 -> 8 -> width -> 6, small random start
    Ws = [rng.normal(size=s) * 0.05 for s in [(8, 6), (width, 8), (6, width)]]
    curve = []
    print(f"\nnetwork 6-8-{width}-6, singular values of W_eff = W3 W2 W1 during training:")
    for step in range(1, 2001):
        H1 = X @ Ws[0].T
        H2 = H1 @ Ws[1].T
        G = 2 * (H2 @ Ws[2].T - Y) / n  # dLoss/dOutput, then back through the layers
        G2 = G @ Ws[2]
        grads = [(G2 @ Ws[1]).T @ X, G2.T @ H1, G.T @ H2]
        Ws = [W - 0.02 * g for W, g in zip(Ws, grads)]
        W_eff = Ws[2] @ Ws[1] @ Ws[0]
        curve.append(loss(W_eff))
        if step in (100, 200, 400, 600, 1400, 2000):
            sv = " ".join(f"{s:.3f}" for s in np.linalg.svd(W_eff)[1])
            print(f"  step {step:4d}  loss {curve[-1]:8.4f}  sv {sv}")
    ax.plot(range(1, 2001), curve, lw=2, label=f"deep linear net 6-8-{width}-6")
ax.axhline(loss(W_r2), color="k", ls="--", lw=1, label="best rank-2 map")
ax.set(xlabel="gradient descent step", ylabel="training loss (log scale)", yscale="log",
       title="Plateaus and sudden drops: one singular value at a time")
ax.grid(alpha=0.3)
ax.legend()
