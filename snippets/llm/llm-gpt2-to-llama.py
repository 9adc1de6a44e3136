d, n_heads, head_dim = 4096, 32, 128  # one width for both designs (LLaMA 7B, Llama 3 8B)


def block(norm, bias, ffn_hidden, gated, kv_heads):
    """Parameters of one pre-norm decoder block, by part, and its KV cache per token."""
    kv = kv_heads * head_dim  # output width of W_K and of W_V
    attn = 2 * d * d + 2 * d * kv + (d + 2 * kv + d if bias else 0)  # W_Q, W_O, W_K, W_V
    mats = 3 if gated else 2  # SwiGLU: gate, up, down; MLP: up, down
    ffn = mats * d * ffn_hidden + ((mats - 1) * ffn_hidden + d if bias else 0)
    norms = 2 * (2 * d if norm == "LayerNorm" else d)  # LayerNorm has gain and bias
    return attn, ffn, norms, 2 * kv * 2  # K and V, 2 bytes each in bf16


cfg = {"norm": "LayerNorm", "bias": True, "ffn_hidden": 4 * d, "gated": False, "kv_heads": n_heads}
steps = [
    ("GPT-2 block", {}),
    ("-> RMSNorm", {"norm": "RMSNorm"}),
    ("-> no biases", {"bias": False}),
    ("-> SwiGLU, h = 11008", {"ffn_hidden": 11008, "gated": True}),
    ("-> GQA, 8 KV heads", {"kv_heads": 8}),
    ("-> SwiGLU, h = 14336", {"ffn_hidden": 14336}),  # Llama 3 8B
]
print(f"{'step':<21}{'attention':>11}{'FFN':>12}{'norms':>7}{'block':>12}{'KV/token':>9}")
for name, change in steps:
    cfg.update(change)
    attn, ffn, norms, kv_bytes = block(**cfg)
    total = attn + ffn + norms
    print(f"{name:<21}{attn:>11,}{ffn:>12,}{norms:>7,}{total:>12,}{kv_bytes // 1024:>5} KiB")

L, V, ctx = 32, 128256, 8192  # Llama 3 8B: layers, vocabulary, context
print(f"\nlearned position table, {ctx} positions: {ctx * d:,}; RoPE: 0")
print(f"one V x d embedding matrix: {V * d:,} (an untied model has two)")
print(f"Llama 3 8B total: {L * total + 2 * V * d + d:,} parameters (final RMSNorm included)")
for heads in (n_heads, 8):  # KV cache of all layers for one full context, bf16
    gib = L * 2 * heads * head_dim * 2 * ctx / 2**30
    print(f"KV cache, {heads:>2} KV heads, {ctx} tokens: {gib:.2f} GiB")
