import torch
from torch import nn

torch.manual_seed(0)


class Block(nn.Module):  # GPT-2 order: x + attn(LN(x)), then x + mlp(LN(x))
    def __init__(self, d, heads):
        super().__init__()
        self.ln1, self.ln2 = nn.LayerNorm(d), nn.LayerNorm(d)
        self.attn = nn.MultiheadAttention(d, heads, batch_first=True)  # W_Q, W_K, W_V, W_O
        self.mlp = nn.Sequential(nn.Linear(d, 4 * d), nn.GELU(), nn.Linear(4 * d, d))

    def forward(self, x, mask):
        h = self.ln1(x)
        x = x + self.attn(h, h, h, attn_mask=mask, need_weights=False)[0]
        return x + self.mlp(self.ln2(x))


class GPT(nn.Module):
    def __init__(self, vocab, context, d, layers, heads):
        super().__init__()
        self.tok, self.pos = nn.Embedding(vocab, d), nn.Embedding(context, d)
        self.blocks = nn.ModuleList(Block(d, heads) for _ in range(layers))
        self.ln_f = nn.LayerNorm(d)

    def forward(self, ids):
        n = ids.shape[1]
        mask = torch.triu(torch.ones(n, n, dtype=torch.bool), diagonal=1)  # True = blocked
        x = self.tok(ids) + self.pos(torch.arange(n))
        for block in self.blocks:
            x = block(x, mask)
        return self.ln_f(x) @ self.tok.weight.T  # output head tied to the token embedding


V, ctx, d, L = 50257, 1024, 768, 12  # GPT-2 small
model = GPT(V, ctx, d, L, heads=12).eval()
ids = torch.randint(0, V, (2, 16))  # a batch of 2 sequences of 16 token ids
with torch.no_grad():
    logits = model(ids)
print(f"token ids {tuple(ids.shape)} -> logits {tuple(logits.shape)}")

count = lambda m: sum(p.numel() for p in m.parameters())
print(f"one block          {count(model.blocks[0]):>12,}   12 d^2 = {12 * d * d:,}")
print(f"token embedding    {count(model.tok):>12,}   V d    = {V * d:,}")
print(f"position embedding {count(model.pos):>12,}")
print(f"whole model        {count(model):>12,}   12 L d^2 + V d = {12 * L * d * d + V * d:,}")
