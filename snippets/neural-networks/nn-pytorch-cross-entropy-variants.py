import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
z = torch.randn(4, 3, dtype=torch.float64)  # logits: 4 examples, 3 classes
y = torch.tensor([0, 2, 1, 2])  # class indices: int64, shape (4,)

ce = nn.CrossEntropyLoss()(z, y)
nll = nn.NLLLoss()(F.log_softmax(z, dim=1), y)
by_hand = (torch.logsumexp(z, dim=1) - z[torch.arange(4), y]).mean()
print(f"CrossEntropyLoss {ce:.6f}   LogSoftmax + NLLLoss {nll:.6f}   by hand {by_hand:.6f}")
probs = F.one_hot(y, 3).double()  # class probabilities are accepted as targets too
smooth = nn.CrossEntropyLoss(label_smoothing=0.1)(z, y)
print(f"probability targets {nn.CrossEntropyLoss()(z, probs):.6f}   label_smoothing=0.1 {smooth:.6f}"
      f"   = smoothed probabilities {nn.CrossEntropyLoss()(z, 0.9 * probs + 0.1 / 3):.6f}")
print(f"ignore_index=2 (examples 0, 2 only) {nn.CrossEntropyLoss(ignore_index=2)(z, y):.6f}"
      f"   = {(torch.logsumexp(z[[0, 2]], 1) - z[[0, 2], [0, 1]]).mean():.6f}")

print("\nbinary, target 0, float32:")
binary = {"sigmoid + BCELoss": lambda zb, t: nn.BCELoss()(torch.sigmoid(zb), t),
          "BCEWithLogitsLoss": nn.BCEWithLogitsLoss()}
for logit in (20.0, 200.0, 2000.0):
    rows = []
    for name, loss_fn in binary.items():
        zb = torch.tensor([logit], requires_grad=True)
        loss = loss_fn(zb, torch.tensor([0.0]))  # target: float, same shape as the logit
        loss.backward()
        rows.append(f"{name} loss {loss.item():7.2f} dL/dz {zb.grad.item():.4f}")
    print(f"  z = {logit:6.0f}: " + "   ".join(rows))

zb = torch.tensor([1.7])
two = F.cross_entropy(torch.stack([torch.zeros(1), zb], dim=1), torch.tensor([1]))
print(f"\ntwo logits (0, 1.7) + CE {two:.6f}   one logit 1.7 + BCEWithLogits "
      f"{F.binary_cross_entropy_with_logits(zb, torch.tensor([1.0])):.6f}")
try:
    nn.CrossEntropyLoss()(z, y.float())  # float class indices: a classic bug
except RuntimeError as err:
    print("float class indices ->", str(err).splitlines()[0][:70])
