import numpy as np

rng = np.random.default_rng(0)
N, sizes = 8, [3, 5, 2]                # batch of 8, layers 3 -> 5 (tanh) -> 2 (identity)
X, Y = rng.normal(size=(N, 3)), rng.normal(scale=2.0, size=(N, 2))
params = [[rng.normal(size=(m, n)) / np.sqrt(n), rng.normal(size=m) * 0.1]  # [W, b] per layer
          for n, m in zip(sizes[:-1], sizes[1:])]
acts = [(np.tanh, lambda z: 1 - np.tanh(z) ** 2), (lambda z: z, np.ones_like)]  # (phi, phi')
losses = {  # name: (per-example loss of the residual r, its derivative), averaged over the batch
    "Huber": (lambda r: np.where(abs(r) <= 1, r**2 / 2, abs(r) - 0.5), lambda r: np.clip(r, -1, 1)),
    "log-cosh": (lambda r: np.log(np.cosh(r)), np.tanh),
}


def forward(loss):
    a, cache = X, []                   # examples as rows, so z = a W^T + b
    for (W, b), (phi, _) in zip(params, acts):
        z = a @ W.T + b
        cache.append((a, z))
        a = phi(z)
    return losses[loss][0](a - Y).sum() / N, a, cache


def backward(loss, bug=False):
    _, out, cache = forward(loss)
    g, grads = losses[loss][1](out - Y) / N, []      # dL/d(output): the loss's own derivative
    for (W, _), (_, dphi), (a_prev, z) in reversed(list(zip(params, acts, cache))):
        delta = g if bug else g * dphi(z)            # delta = dL/da (elementwise) phi'(z)
        grads.insert(0, [delta.T @ a_prev, delta.sum(0)])  # dL/dW = delta a^T, dL/db = delta
        g = delta @ W                                # W^T delta, passed to the layer below
    return grads


for loss, bug in (("Huber", False), ("log-cosh", False), ("Huber", True)):
    print(f"{loss} loss{'  (bug: phi-prime factor left out)' if bug else ''}")
    for l, grads in enumerate(backward(loss, bug)):
        for name, P, G in zip((f"W{l + 1}", f"b{l + 1}"), params[l], grads):
            num = np.zeros_like(P)     # central differences, one entry at a time
            for idx in np.ndindex(P.shape):
                old, P[idx] = P[idx], P[idx] + 1e-5
                up = forward(loss)[0]
                P[idx] = old - 1e-5
                num[idx], P[idx] = (up - forward(loss)[0]) / 2e-5, old
            rel = np.linalg.norm(G - num) / (np.linalg.norm(G) + np.linalg.norm(num))
            verdict = "OK (< 1e-8)" if rel < 1e-8 else f"{rel:.3f}  WRONG"
            print(f"  {name}  analytic[0] {G.flat[0]:9.6f}  numeric[0] {num.flat[0]:9.6f}  "
                  f"relative error {verdict}")
