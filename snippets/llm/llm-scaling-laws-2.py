import matplotlib.pyplot as plt
import numpy as np

# Parametric loss L(N, D) = E + A / N**a + B / D**b: Chinchilla's form, with the
# constants of the Besiroglu et al. (2024) refit of Hoffmann et al.'s data.
E, A, B, a, b = 1.8172, 482.01, 2085.43, 0.3478, 0.3658


def loss(N, C):  # a model of N parameters trained on D = C / 6N tokens
    return E + A / N**a + B / (C / (6 * N)) ** b


# Setting dL/dN = 0 along C = 6ND gives N_opt = G (C/6)^(b/(a+b)).
G = (a * A / (b * B)) ** (1 / (a + b))
print(f"N_opt grows as C^{b / (a + b):.3f}, D_opt as C^{a / (a + b):.3f}")
print(f"{'budget C':>9}{'best N':>9}{'best D':>9}{'D/N':>6}{'loss':>8}{'N/4':>9}{'4N':>9}")

N = np.logspace(8, 12.5, 400)  # 100M to 3T parameters
fig, ax = plt.subplots(figsize=(8, 4.8))
for C in (1e21, 1e22, 1e23, 1e24, 1e25):
    n_opt = G * (C / 6) ** (b / (a + b))
    best = loss(n_opt, C)
    ax.plot(N, loss(N, C), lw=2, label=f"C = {C:.0e} FLOPs")
    ax.plot(n_opt, best, "ko")
    print(f"{C:9.0e}{n_opt / 1e9:8.1f}B{C / (6 * n_opt) / 1e9:8.0f}B{C / (6 * n_opt**2):6.1f}"
          f"{best:8.4f}{loss(n_opt / 4, C) - best:+9.4f}{loss(4 * n_opt, C) - best:+9.4f}")
ax.set(xscale="log", ylim=(1.85, 2.8), xlabel="parameters N (trained on D = C / 6N tokens)",
       ylabel="predicted loss (nats per token)", title="IsoFLOP curves: dots mark the best split")
ax.grid(alpha=0.3, which="both")
ax.legend()
fig.tight_layout()
