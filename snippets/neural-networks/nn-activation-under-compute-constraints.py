import math
from collections import Counter

import numpy as np

ops = Counter()  # operations per element, counted by tracing one scalar through each formula


class Num:
    def __init__(self, v):
        self.v = v

    def op(self, kind, v):
        ops[kind] += 1
        return Num(v)

    __add__ = __radd__ = lambda s, o: s.op("add", s.v + getattr(o, "v", o))
    __neg__ = lambda s: s.op("add", -s.v)
    __mul__ = __rmul__ = lambda s, o: s.op("mul/div", s.v * getattr(o, "v", o))
    __truediv__ = lambda s, o: s.op("mul/div", s.v / getattr(o, "v", o))
    __rtruediv__ = lambda s, o: s.op("mul/div", o / s.v)
    max = lambda s, c: s.op("compare", max(s.v, getattr(c, "v", c)))
    min = lambda s, c: s.op("compare", min(s.v, c))
    exp = lambda s: s.op("exp/erf/tanh", math.exp(s.v))
    erf = lambda s: s.op("exp/erf/tanh", math.erf(s.v))
    tanh = lambda s: s.op("exp/erf/tanh", math.tanh(s.v))


acts = {  # written the way a straightforward kernel would compute them
    "ReLU": lambda x: x.max(0.0),
    "Leaky ReLU": lambda x: x.max(0.01 * x),
    "ReLU6": lambda x: x.max(0.0).min(6.0),
    "hard-swish": lambda x: x * (x + 3.0).max(0.0).min(6.0) / 6.0,
    "SiLU": lambda x: x / (1.0 + (-x).exp()),
    "GELU (tanh)": lambda x: 0.5 * x * (1.0 + (0.7978845608 * (x + 0.044715 * x * x * x)).tanh()),
    "GELU (erf)": lambda x: 0.5 * x * (1.0 + (x * 0.7071067812).erf()),
}
kinds = ("compare", "add", "mul/div", "exp/erf/tanh")
print(f"{'':<12}" + "".join(f"{k:>14}" for k in kinds))
for name, f in acts.items():
    ops.clear()
    f(Num(0.7))
    print(f"{name:<12}" + "".join(f"{ops[k]:>14d}" for k in kinds))

x = np.linspace(-6.0, 6.0, 120001)
gap = np.abs(x / (1 + np.exp(-x)) - x * np.clip(x + 3.0, 0.0, 6.0) / 6.0)  # SiLU vs hard-swish
print(f"\nmax |SiLU - hard-swish| on [-6, 6] = {gap.max():.4f} at |x| = {abs(x[gap.argmax()]):.2f}")
