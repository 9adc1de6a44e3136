import numpy as np

rng = np.random.default_rng(0)
n_q, n_items, d = 300, 10, 4
w_true = np.array([0.0, 1.0, -0.5, 0.8])  # feature 0, popularity, is irrelevant in a query


def make_queries(n):
    pop = rng.normal(0, 1, (n, 1, 1))  # query popularity, shared by all its items
    X = rng.normal(0, 1, (n, n_items, d))
    X[:, :, :1] += 2 * pop  # popular queries retrieve popular items
    utility = X @ w_true  # what the user actually prefers, within the query
    labels = utility + 3 * pop[:, :, 0] + rng.normal(0, 0.3, (n, n_items))  # + query offset
    return X, utility, labels


def pair_accuracy(w, X, utility):  # share of item pairs ordered like the true utility
    s = X @ w
    better = utility[:, :, None] > utility[:, None, :]  # item i truly preferred to item j
    return np.mean((s[:, :, None] > s[:, None, :])[better])


X, utility, labels = make_queries(n_q)
X_test, u_test, _ = make_queries(200)

A = np.c_[np.ones(n_q * n_items), X.reshape(-1, d)]  # pointwise MSE: least squares
w_mse = np.linalg.lstsq(A, labels.ravel(), rcond=None)[0][1:]

q, i, j = np.nonzero(labels[:, :, None] > labels[:, None, :])  # pairs inside each query
D = X[q, i] - X[q, j]  # the offset of query q cancels in every difference
w_pair = np.zeros(d)
for step in range(300):  # subgradient descent on the mean pairwise hinge, margin 1
    active = D @ w_pair < 1.0
    w_pair -= 0.5 * (-D[active].sum(axis=0) / len(D) + 1e-3 * w_pair)

for name, w in (("true weights", w_true), ("pointwise MSE", w_mse),
                ("pairwise hinge", w_pair)):
    direction = " ".join(f"{v:+.3f}" for v in w / np.linalg.norm(w))
    print(f"{name:15s} weight direction ({direction})  "
          f"test pair accuracy {pair_accuracy(w, X_test, u_test):.4f}")
