# Backpropagation by hand on three tiny graphs; every gradient is checked by a central difference.


def check(label, f, args, i, analytic, h=1e-6):
    up, down = list(args), list(args)
    up[i] += h
    down[i] -= h
    numeric = (f(*up) - f(*down)) / (2 * h)
    print(f"  {label:<6} analytic {analytic:8.4f}   numeric {numeric:8.4f}")


# Graph 1: q = x + y, f = q * z
x, y, z = 3.0, -1.0, -4.0
q = x + y                      # forward pass, caching q
f = q * z
df = 1.0                       # backward starts from df/df = 1
dq, dz = z * df, q * df        # multiply: each input gets upstream times the OTHER input
dx, dy = dq, dq                # add: copies the upstream gradient to both inputs
print(f"graph 1: q = {q:.1f}, f = {f:.1f}")
for i, (name, g) in enumerate((("df/dx", dx), ("df/dy", dy), ("df/dz", dz))):
    check(name, lambda x, y, z: (x + y) * z, (x, y, z), i, g)

# Graph 2: L = (w x + b - t)^2, the squared error of one linear unit
w, x, b, t = 0.5, 2.0, 0.1, 2.0
r = w * x + b - t              # forward: residual r
L = r**2
dr = 2 * r                     # square: local derivative 2r (times dL/dL = 1)
dw, dx, db = x * dr, w * dr, dr  # multiply swaps the cached inputs, add copies
print(f"graph 2: r = {r:.1f}, L = {L:.2f}")
for i, (name, g) in enumerate((("dL/dw", dw), ("dL/dx", dx), ("dL/db", db))):
    check(name, lambda w, x, b: (w * x + b - t) ** 2, (w, x, b), i, g)

# Graph 3: g = max(x, y) * x, where x feeds two consumers
x, y = 3.0, -1.0
m = max(x, y)
g = m * x
dm, dx_direct = x, m           # multiply gate
dx_via_max = dm * (x > y)      # max routes the gradient to the larger input only
dy = dm * (y > x)
dx = dx_direct + dx_via_max    # fan-out: contributions along both paths are summed
print(f"graph 3: m = {m:.1f}, g = {g:.1f}  (dg/dx = {dx_direct:.1f} direct + {dx_via_max:.1f} via max)")
for i, (name, gr) in enumerate((("dg/dx", dx), ("dg/dy", dy))):
    check(name, lambda x, y: max(x, y) * x, (x, y), i, gr)
