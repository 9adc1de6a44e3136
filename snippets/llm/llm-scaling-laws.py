import numpy as np

alpha_N = 0.076  # Kaplan et al. (2020): L(N) = (N_c / N) ** alpha_N
print(f"2x parameters:  loss x {2 ** -alpha_N:.4f}")
print(f"10x parameters: loss x {10 ** -alpha_N:.4f}")

# Compute-optimal split under C = 6 N D with the Chinchilla rule D = 20 N:
# C = 120 N^2, so N = sqrt(C / 120) and D = 20 N; both grow as C ** 0.5.
print(f"\n{'budget C':>9}  {'params N':>9}  {'tokens D':>9}")
for C in (1e21, 1e22, 1e23, 1e24, 1e25):
    N = np.sqrt(C / 120)
    print(f"{C:9.0e}  {N / 1e9:8.1f}B  {20 * N / 1e9:8.0f}B")

models = {  # name: (parameters, training tokens) as published
    "GPT-3": (175e9, 300e9),
    "Gopher": (280e9, 300e9),
    "Chinchilla": (70e9, 1.4e12),
    "LLaMA-7B": (6.7e9, 1.0e12),
    "Llama 3 8B": (8.0e9, 15e12),
}
print(f"\n{'model':<11}{'tokens/param':>13}{'C = 6ND':>11}{'optimal N at C':>16}")
for name, (N, D) in models.items():
    C = 6 * N * D
    print(f"{name:<11}{D / N:13.1f}{C:11.2e}{np.sqrt(C / 120) / 1e9:15.1f}B")
