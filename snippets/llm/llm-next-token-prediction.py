import numpy as np

vocab = ["<eot>", "the", "cat", "sat", "on", "mat"]
ids = np.array([vocab.index(w) for w in "the cat sat on the mat <eot>".split()])
inputs, targets = ids[:-1], ids[1:]  # the labels are the text itself, shifted left by one
T, V = len(inputs), len(vocab)

# Stand-in for a model's output: one row of V logits per input position.
rng = np.random.default_rng(0)
logits = rng.normal(0.0, 1.0, size=(T, V))
logits[np.arange(T), targets] += np.array([1.0, 3.0, 2.0, 0.5, 2.5, 3.0])  # partly trained

z = logits - logits.max(axis=1, keepdims=True)  # stable log-softmax, row by row
log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
loss = -log_p[np.arange(T), targets]  # cross-entropy of the true next token

print(f"{'t':>2}  {'context (input up to t)':<24}{'target':<7}{'p(target)':>9}{'loss':>8}")
for t in range(T):
    context = " ".join(vocab[i] for i in inputs[: t + 1])
    print(f"{t + 1:>2}  {context:<24}{vocab[targets[t]]:<7}{np.exp(-loss[t]):9.4f}{loss[t]:8.4f}")
print(f"mean loss      {loss.mean():.4f} nats   perplexity {np.exp(loss.mean()):.3f}")
print(f"uniform guess  {np.log(V):.4f} nats   perplexity {V}")
print(f"sum of losses  {loss.sum():.4f} = -log p(cat sat on the mat <eot> | the)")
