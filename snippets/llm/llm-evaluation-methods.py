import math
import random


def pass_at_k(n, c, k):
    """Unbiased pass@k for one problem: n samples drawn, c of them pass the tests."""
    if n - c < k:  # every size-k subset contains a passing sample
        return 1.0
    return 1.0 - math.comb(n - c, k) / math.comb(n, k)


def plug_in(n, c, k):  # tempting shortcut: treat c/n as the true pass rate
    return 1.0 - (1.0 - c / n) ** k


n = 10
print(f"n = {n} samples per problem")
print(f"{'c passing':>9}{'pass@1':>9}{'pass@5':>9}{'plug-in @5':>12}")
for c in (0, 1, 2, 3, 5, 8, 10):
    print(f"{c:9d}{pass_at_k(n, c, 1):9.4f}{pass_at_k(n, c, 5):9.4f}{plug_in(n, c, 5):12.4f}")

# Bias check: a problem the model solves with probability p, evaluated 20,000 times.
rng = random.Random(0)
p, k, trials = 0.2, 5, 20_000
mean_unbiased = mean_plug_in = 0.0
for _ in range(trials):
    c = sum(rng.random() < p for _ in range(n))
    mean_unbiased += pass_at_k(n, c, k) / trials
    mean_plug_in += plug_in(n, c, k) / trials
print(f"\ntrue pass@{k} at p = {p}: {1 - (1 - p) ** k:.4f}")
print(f"average of the unbiased estimate: {mean_unbiased:.4f}")
print(f"average of the plug-in estimate:  {mean_plug_in:.4f}")
