import math

import numpy as np


def perplexity(p, base=math.e):
    """Mean NLL (in units of log-base) and perplexity from the probabilities of the actual tokens."""
    nll = -np.mean(np.log(p)) / math.log(base)  # nats for base e, bits for base 2
    return nll, base**nll


runs = {
    "three tokens": [0.10, 0.05, 0.20],
    "confident": [0.99, 0.85, 0.89] + [0.99] * 5,
    "hesitant": [0.99, 0.65, 0.13, 0.05, 0.21, 0.99, 0.99, 0.99],
    "uniform, V=50k": [1 / 50_000] * 8,
}
print(f"{'probabilities':<16}{'NLL nats':>9}{'NLL bits':>9}{'e^nats':>10}{'2^bits':>10}{'1/geo-mean':>11}")
for name, p in runs.items():
    nats, ppl_e = perplexity(np.array(p))
    bits, ppl_2 = perplexity(np.array(p), base=2)
    geo_mean = np.exp(np.mean(np.log(p)))
    print(f"{name:<16}{nats:9.4f}{bits:9.4f}{ppl_e:10.3f}{ppl_2:10.3f}{1 / geo_mean:11.3f}")

# One text, two models with different tokenizers: only the total NLL is comparable.
text = "The naïve café owner jumped over the lazy dog."
words, chars, n_bytes = len(text.split()), len(text), len(text.encode("utf-8"))
print(f"\ntext: {words} words, {chars} characters, {n_bytes} UTF-8 bytes")
print(f"{'model':<8}{'tokens':>7}{'total NLL':>10}{'PPL/token':>10}{'PPL/word':>9}{'bits/char':>10}{'bits/byte':>10}")
for name, n_tokens, total_nats in (("A", 10, 30.0), ("B", 16, 33.0)):
    print(f"{name:<8}{n_tokens:7d}{total_nats:10.2f}{math.exp(total_nats / n_tokens):10.2f}"
          f"{math.exp(total_nats / words):9.2f}{total_nats / chars / math.log(2):10.4f}"
          f"{total_nats / n_bytes / math.log(2):10.4f}")
