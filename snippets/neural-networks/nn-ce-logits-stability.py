import torch
import torch.nn.functional as F


def fmt(t):
    return "  ".join(f"{v + 0.0:9.4f}" for v in t.tolist())  # + 0.0 turns -0.0 into 0.0


z = torch.tensor([[1000.0, 0.0, -1000.0],   # true class 0: confident and right
                  [0.0, 120.0, 0.0]])        # true class 0: confident and wrong
y = torch.tensor([0, 0])
rows = torch.arange(2)

by_hand = -torch.log(torch.exp(z) / torch.exp(z).sum(dim=1, keepdim=True))[rows, y]
log_of_softmax = -torch.log(torch.softmax(z, dim=1))[rows, y]
print(f"{'float32 loss per example':<24}{'right':>9}  {'wrong':>9}")
print(f"exp / sum, then log     {fmt(by_hand)}")  # exp(1000) and exp(120) overflow
print(f"log(softmax(z))         {fmt(log_of_softmax)}")  # p = exp(-120) underflows to 0
print(f"F.cross_entropy         {fmt(F.cross_entropy(z, y, reduction='none'))}")
print(f"logsumexp(z) - z_y      {fmt(torch.logsumexp(z, dim=1) - z[rows, y])}")

zw = z.clone().requires_grad_()
(-torch.log(torch.softmax(zw, dim=1))[rows, y]).sum().backward()
print(f"gradient of log(softmax) loss, wrong example: {fmt(zw.grad[1])}")

K = 10
print(f"\n{K} classes, true class 3, softmax wrongly applied before CrossEntropyLoss:")
for gap in (30.0, 2.0, -2.0, -30.0):
    z = torch.zeros(1, K)
    z[0, 3] = gap  # the true logit sits `gap` above every other logit
    out = []
    for f in (lambda t: t, lambda t: torch.softmax(t, dim=1)):
        zg = z.clone().requires_grad_()
        loss = F.cross_entropy(f(zg), torch.tensor([3]))
        loss.backward()
        out.append(f"loss {loss.item():7.4f}  |grad| {zg.grad.norm().item():.2e}")
    print(f"  gap {gap:+5.0f}   logits: {out[0]}    softmax first: {out[1]}")
e = torch.exp(torch.tensor(1.0))
print(f"softmax first, loss range: {-torch.log(e / (e + K - 1)):.4f} (perfect) "
      f"to {-torch.log(1 / (e + K - 1)):.4f} (all mass on a wrong class)")
