import torch

torch.manual_seed(0)
# The base model of Vaswani et al. (2017): 6 + 6 blocks, width 512, 8 heads, FFN width 2,048
model = torch.nn.Transformer(d_model=512, nhead=8, num_encoder_layers=6, num_decoder_layers=6,
                             dim_feedforward=2048, dropout=0.0, batch_first=True).eval()

src = torch.randn(2, 10, 512)  # 2 source sentences of 10 embedded tokens (embeddings + positions)
tgt = torch.randn(2, 7, 512)   # 2 target prefixes, already shifted right by one position
causal = torch.nn.Transformer.generate_square_subsequent_mask(7)  # -inf above the diagonal
with torch.no_grad():
    out = model(src, tgt, tgt_mask=causal, tgt_is_causal=True)
print(f"source {tuple(src.shape)}  target {tuple(tgt.shape)}  ->  output {tuple(out.shape)}")
print("causal mask, first 4 rows:\n", causal[:4, :4])

# Change only the last target token: the outputs at earlier positions must not move
tgt2 = tgt.clone()
tgt2[:, -1] += 1.0
with torch.no_grad():
    out2 = model(src, tgt2, tgt_mask=causal, tgt_is_causal=True)
diff = (out2 - out).abs().amax(dim=(0, 2))
print("max change per target position:", " ".join(f"{v:.1e}" for v in diff))

def count(module):
    return sum(p.numel() for p in module.parameters())

enc, dec = model.encoder.layers[0], model.decoder.layers[0]
print(f"one encoder block {count(enc):>11,}  (self-attn {count(enc.self_attn):,}, "
      f"FFN {count(enc.linear1) + count(enc.linear2):,})")
print(f"one decoder block {count(dec):>11,}  (adds cross-attn {count(dec.multihead_attn):,})")
print(f"nn.Transformer    {count(model):>11,}  (no embeddings, no output layer)")
vocab = 37_000  # shared English-German BPE vocabulary of the paper
print(f"+ one shared {vocab:,} x 512 embedding (input, target, output tied): "
      f"{count(model) + vocab * 512:,}")
