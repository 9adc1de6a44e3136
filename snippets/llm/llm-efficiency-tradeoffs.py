import matplotlib.pyplot as plt
import numpy as np

L, head_dim = 32, 128  # an 8B-class model: 32 layers, 32 query heads of size 128
# design: (numbers cached per token per layer, window of each layer or None for all tokens)
designs = {
    "MHA, 32 KV heads": (2 * 32 * head_dim, [None] * L),
    "GQA, 8 KV heads": (2 * 8 * head_dim, [None] * L),
    "MQA, 1 KV head": (2 * 1 * head_dim, [None] * L),
    "MLA, 512 + 64 latent": (512 + 64, [None] * L),  # DeepSeek-V2's compressed cache
    "GQA 8 + window 4096": (2 * 8 * head_dim, [4096] * L),  # Mistral 7B style
    "GQA 8 + 5 local(1024):1 global": (2 * 8 * head_dim,
                                       [None if i % 6 == 5 else 1024 for i in range(L)]),
}


def kv_gib(per_layer, windows, T):  # bf16: 2 bytes per cached number
    return sum(2 * per_layer * (T if w is None else min(T, w)) for w in windows) / 2**30


T = np.geomspace(1024, 131072, 50)  # floats: a 32-bit int would overflow in the browser
fig, ax = plt.subplots(figsize=(8, 4.5))
print(f"{'KV cache (GiB, batch 1)':<32}{'4K':>8}{'32K':>8}{'128K':>8}")
for name, (per_layer, windows) in designs.items():
    sizes = [kv_gib(per_layer, windows, t) for t in (4096, 32768, 131072)]
    print(f"{name:<32}" + "".join(f"{s:>8.2f}" for s in sizes))
    ax.plot(T, [kv_gib(per_layer, windows, t) for t in T], lw=2, label=name)
n_params = 8.03e9  # Llama 3 8B
ax.axhline(n_params * 2 / 2**30, color="gray", ls="--", label="the weights themselves, bf16")
ax.set(xscale="log", yscale="log", xlabel="context length (tokens)", ylabel="KV cache (GiB)",
       title="KV cache of one sequence, 32 layers, bf16")
ax.grid(alpha=0.3, which="both")
ax.legend(fontsize=8)
fig.tight_layout()

for name, bits in (("bf16", 16), ("int8", 8), ("4-bit + fp16 scale per 32 weights", 4.5)):
    print(f"weights, {name:<34}: {n_params * bits / 8 / 2**30:6.2f} GiB")
