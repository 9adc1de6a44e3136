import math


class Var:
    """A scalar that remembers its inputs as pairs (input Var, local derivative d self/d input)."""
    def __init__(self, value, inputs=()):
        self.value, self.grad, self.inputs = value, 0.0, inputs

    def __add__(self, other):
        other = other if isinstance(other, Var) else Var(other)
        return Var(self.value + other.value, ((self, 1.0), (other, 1.0)))

    def __mul__(self, other):
        other = other if isinstance(other, Var) else Var(other)
        return Var(self.value * other.value, ((self, other.value), (other, self.value)))

    __radd__, __rmul__ = __add__, __mul__

    def tanh(self):
        t = math.tanh(self.value)
        return Var(t, ((self, 1.0 - t * t),))

    def backward(self, accumulate=True):
        order, seen = [], set()
        def visit(node):  # depth-first: a node is listed after everything it depends on
            if id(node) not in seen:
                seen.add(id(node))
                for parent, _ in node.inputs:
                    visit(parent)
                order.append(node)
        visit(self)
        for node in order:  # intermediate gradients start fresh; leaves (no inputs) accumulate
            node.grad = 0.0 if node.inputs else node.grad
        self.grad = 1.0
        for node in reversed(order):  # every consumer before the values it consumes
            for parent, local in node.inputs:
                parent.grad = (parent.grad if accumulate else 0.0) + local * node.grad


def f(x, w, b):  # x is used twice and h is used twice: gradients must add up along paths
    h = (w * x + b).tanh()
    return h * h + 3 * x


point = {"x": 0.5, "w": -1.2, "b": 0.3}
leaves = {k: Var(v) for k, v in point.items()}
out = f(**leaves)
out.backward()
print(f"f = {out.value:.6f}")
for k, v in point.items():  # central differences, each evaluated on fresh leaves
    up, down = (f(**{n: Var(u) for n, u in {**point, k: v + s}.items()}).value
                for s in (1e-6, -1e-6))
    print(f"  df/d{k}  engine {leaves[k].grad:9.6f}  numeric {(up - down) / 2e-6:9.6f}")
out.backward()  # a second backward pass without resetting the leaves first
print("second backward, no reset: " + "  ".join(f"d{k} {v.grad:.6f}" for k, v in leaves.items()))
for v in leaves.values():
    v.grad = 0.0
out.backward(accumulate=False)  # bug: '=' instead of '+=', each node keeps one path's share
print("'=' instead of '+=':       " + "  ".join(f"d{k} {v.grad:.6f}" for k, v in leaves.items()))
