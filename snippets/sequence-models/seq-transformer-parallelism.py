# One layer of width d = 4096 with 32 heads (a 7B-class model), for growing sequence length n.
d, h, bytes_fp16 = 4096, 32, 2

print(f"{'n':>6} | {'sequential steps: RNN':>21} {'attention':>9} | {'weights per head':>16} {'all heads, fp16':>15} | "
      f"{'linear GFLOP':>12} {'attn GFLOP':>10} {'attn share':>10}")
for n in (512, 2048, 8192, 32768):
    linear = 2 * n * (4 * d * d + 2 * d * 4 * d)  # Q, K, V, O projections and a 4x-wide FFN
    attn = 2 * 2 * n * n * d  # Q K^T and A V, summed over all heads (h * d_k = d)
    matrix = h * n * n * bytes_fp16  # every head's n x n weight matrix, if materialized
    print(f"{n:>6} | {n:>21,} {1:>9} | {n * n:>16,} {matrix / 2**30:>11.2f} GiB | "
          f"{linear / 1e9:>12,.0f} {attn / 1e9:>10,.0f} {attn / (attn + linear):>10.1%}")
print(f"attention FLOPs overtake the linear layers at n = 6 d = {6 * d:,}")

# Training with a causal mask: one parallel pass covers every position of the sequence.
# Generation: each new token needs a forward pass that takes the previous token as input.
n_prompt, n_new = 2048, 1000
print(f"generating {n_new:,} tokens: {n_new:,} sequential forward passes "
      f"(the {n_prompt:,}-token prompt is processed in parallel inside the first)")
kv = 2 * (n_prompt + n_new) * d * bytes_fp16  # keys and values of every earlier token
print(f"KV cache at the end, per layer: {kv / 2**20:.0f} MiB; attention MACs for the last token "
      f"with the cache: {2 * (n_prompt + n_new) * d:,} per layer")
