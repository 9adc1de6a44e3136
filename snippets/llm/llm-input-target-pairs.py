import numpy as np

EOT = 0  # end-of-text id, appended after every document
docs = [[11, 12, 13, 14, 15], [21, 22], [31, 32]]  # three tokenized documents
ids = np.array([tok for doc in docs for tok in doc + [EOT]])
doc_of = np.repeat(np.arange(len(docs)), [len(d) + 1 for d in docs])  # document of each id
print(f"stream of {len(ids)} ids: {ids.tolist()}")

T = 4  # context length


def windows(stride):
    starts = np.arange(0, len(ids) - T, stride)  # a window needs T + 1 ids
    x = np.stack([ids[i : i + T] for i in starts])
    y = np.stack([ids[i + 1 : i + T + 1] for i in starts])
    return starts, x, y


for stride in (4, 1):
    starts, x, y = windows(stride)
    print(f"\nstride {stride}: x and y have shape {x.shape}")
    for i, xi, yi in zip(starts, x, y):
        print(f"  start {i:>2}  input {xi.tolist()}  target {yi.tolist()}")
    uses = np.bincount(np.concatenate([np.arange(i + 1, i + T + 1) for i in starts]))
    print(f"  {y.size} target slots cover {np.count_nonzero(uses)} of {len(ids) - 1} predictable "
          f"positions, at most {uses.max()}x each")

rng = np.random.default_rng(0)
print(f"\nshuffled order of the stride-1 windows: {rng.permutation(len(windows(1)[0])).tolist()}")

i = 4  # window [15, 0, 21, 22] spans two documents
d = doc_of[i : i + T]
mask = np.tril(np.ones((T, T), dtype=int)) * (d[:, None] == d[None, :])
print(f"window {ids[i:i + T].tolist()} documents {d.tolist()}; causal + document mask:")
print(mask)
