# Llama 2 7B: width, layers, FFN hidden width, vocabulary; no biases anywhere
d, L, h, V = 4096, 32, 11008, 32000

block_weights = 4 * d * d + 3 * d * h + 2 * d  # W_Q W_K W_V W_O, gate/up/down, 2 RMSNorm gains
total = L * block_weights + 2 * V * d + d  # untied embedding and output head, final norm
print(f"weights without biases: {total:,}")

biases = {  # what a GPT-2-style model would add, per block unless stated
    "attention q, k, v, o": 4 * d,
    "FFN gate, up, down": 2 * h + d,
    "norm shifts (LayerNorm beta)": 2 * d,
}
per_block = sum(biases.values())
for name, n in biases.items():
    print(f"  {name:<30}{n:>8,} per block  x {L} = {L * n:>10,}")
all_biases = L * per_block + d + V  # plus the final norm's shift and an output-head bias
print(f"all biases: {all_biases:,} = {all_biases / total:.4%} of the weights")
qkv = L * 3 * d  # a Qwen-style compromise: biases on the Q, K, V projections only
print(f"Q, K, V biases only: {qkv:,} = {qkv / total:.4%} of the weights")
# at batch size 1, every parameter is read from memory once per generated token
for name, n in (("weights", total), ("all biases", all_biases)):
    print(f"bf16 read per generated token, {name:<10}: {2 * n / 2**20:>10,.1f} MiB")
