import numpy as np

vocab = ["<eos>", "the", "cat", "sat", "on", "a", "mat", "."]
V = len(vocab)
rng = np.random.default_rng(0)

# A toy "model": a fixed table of next-token logits (row = current token).
# A real LLM computes these rows with a transformer over the whole prefix.
Z = rng.normal(0.0, 1.0, size=(V, V))
for cur, nxt in [("the", "cat"), ("cat", "sat"), ("sat", "on"), ("on", "a"),
                 ("a", "mat"), ("mat", "."), (".", "<eos>")]:
    Z[vocab.index(cur), vocab.index(nxt)] += 3.0


def forward(ids):  # logits for every position, shape (len(ids), V)
    return Z[ids]


def softmax(z):
    e = np.exp(z - z.max())
    return e / e.sum()


ids = [vocab.index(w) for w in "the cat".split()]  # the tokenized prompt
context_window, max_new = 16, 10
n_prompt, processed_no_cache = len(ids), 0
for step in range(max_new):
    window = ids[-context_window:]  # drop the oldest tokens if too long
    processed_no_cache += len(window)  # without a cache: recompute every position
    p = softmax(forward(window)[-1])  # only the last position's logits matter
    nxt = int(np.argmax(p))  # greedy decoding
    print(f"step {step + 1}: input length {len(window)}, "
          f"pick '{vocab[nxt]}' with p = {p[nxt]:.3f}")
    ids.append(nxt)
    if vocab[nxt] == "<eos>":
        break

n_new = len(ids) - n_prompt
print("text:", " ".join(vocab[i] for i in ids))
print(f"forward passes: {n_new}")
print(f"positions processed without KV cache: {processed_no_cache}")
print(f"positions processed with KV cache: {n_prompt + n_new - 1} "
      f"(prompt {n_prompt} once, then 1 per step)")
