import numpy as np

rng = np.random.default_rng(0)
n_users, n_items, k, lam, lr = 200, 300, 8, 0.01, 0.1
true_u, true_i = rng.normal(0, 1, (n_users, 3)), rng.normal(0, 1, (n_items, 3))
affinity = true_u @ true_i.T + np.linspace(1.5, -1.5, n_items)  # tastes + item popularity
seen = np.zeros((n_users, n_items), dtype=bool)  # implicit feedback: only clicks observed
for u in range(n_users):
    p = np.exp(2 * affinity[u])
    seen[u, rng.choice(n_items, 15, replace=False, p=p / p.sum())] = True
test_item = np.array([rng.choice(np.flatnonzero(r)) for r in seen])  # one held-out click
train = seen.copy()
train[np.arange(n_users), test_item] = False
users, pos = np.nonzero(train)

P, Q = rng.normal(0, 0.1, (n_users, k)), rng.normal(0, 0.1, (n_items, k))  # the MF model


def auc(scores):  # per-user AUC of the held-out click against every never-clicked item
    s_test = scores[np.arange(n_users), test_item][:, None]
    return np.mean([np.mean(s_test[u] > scores[u, ~seen[u]]) for u in range(n_users)])


print(f"AUC before training {auc(P @ Q.T):.4f}, popularity baseline "
      f"{auc(np.tile(train.sum(axis=0), (n_users, 1)) + 0.0):.4f}")
for epoch in range(1, 41):
    for batch in np.array_split(rng.permutation(users.size), 20):
        u, i = users[batch], pos[batch]
        j = rng.integers(0, n_items, batch.size)  # uniform negatives, maybe unseen favourites
        keep = ~train[u, j]
        u, i, j = u[keep], i[keep], j[keep]
        x_uij = np.sum(P[u] * (Q[i] - Q[j]), axis=1)
        g = 1 / (1 + np.exp(x_uij))  # = sigma(-x_uij), the gradient of -log sigma(x_uij)
        dP, dQi, dQj = g[:, None] * (Q[i] - Q[j]), g[:, None] * P[u], -g[:, None] * P[u]
        np.add.at(P, u, lr * (dP - lam * P[u]))
        np.add.at(Q, i, lr * (dQi - lam * Q[i]))
        np.add.at(Q, j, lr * (dQj - lam * Q[j]))
    if epoch in (1, 10, 40):
        x = np.sum(P[users] * (Q[pos] - Q[rng.integers(0, n_items, users.size)]), axis=1)
        print(f"epoch {epoch:2d}: mean BPR loss {np.mean(np.log1p(np.exp(-x))):.4f}  "
              f"AUC {auc(P @ Q.T):.4f}")
