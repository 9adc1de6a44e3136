import torch
import torch.nn.functional as F

torch.manual_seed(0)
B, S, D, H = 2, 5, 16, 4
d_k = D // H
x = torch.randn(B, S, D)
W_q, W_k, W_v, W_o = (torch.nn.Linear(D, D) for _ in range(4))
causal = torch.triu(torch.ones(S, S, dtype=torch.bool), diagonal=1)  # True = blocked (future)


def split(t):  # (B, S, D) -> (B, S, H, d_k) -> (B, H, S, d_k)
    return t.view(B, S, H, d_k).transpose(1, 2)


def attend(q, k, v, softmax_dim=-1):  # scores (B, H, S, S), softmax over keys, times v
    scores = q @ k.transpose(-2, -1) / d_k**0.5
    return scores.masked_fill(causal, float("-inf")).softmax(dim=softmax_dim) @ v


def merge(heads):  # (B, H, S, d_k) -> (B, S, H, d_k) -> (B, S, D), then the output projection
    return W_o(heads.transpose(1, 2).reshape(B, S, D))


with torch.no_grad():
    q, k, v = split(W_q(x)), split(W_k(x)), split(W_v(x))
    heads = attend(q, k, v)
    y = merge(heads)
    print(f"x {tuple(x.shape)} -> q, k, v {tuple(q.shape)} -> scores {tuple((q @ k.mT).shape)}"
          f" -> heads {tuple(heads.shape)} -> y {tuple(y.shape)}")
    ref = torch.nn.MultiheadAttention(D, H, batch_first=True)  # same weights, packed as PyTorch does
    ref.in_proj_weight.copy_(torch.cat([W_q.weight, W_k.weight, W_v.weight]))
    ref.in_proj_bias.copy_(torch.cat([W_q.bias, W_k.bias, W_v.bias]))
    ref.out_proj.load_state_dict(W_o.state_dict())
    sdpa = lambda **kw: merge(F.scaled_dot_product_attention(q, k, v, **kw))  # noqa: E731
    y_ref = ref(x, x, x, attn_mask=causal)[0]
    print(f"matches F.scaled_dot_product_attention: {torch.allclose(y, sdpa(is_causal=True), atol=1e-6)}")
    print(f"matches nn.MultiheadAttention:          {torch.allclose(y, y_ref, atol=1e-6)}")
    wrong = lambda t: t.view(B, H, S, d_k)  # noqa: E731  the silent bug: no error, scrambled heads
    q_bad, k_bad, v_bad = (wrong(W(x)) for W in (W_q, W_k, W_v))
    variants = {"view as (B, H, S, d_k) directly": merge(attend(q_bad, k_bad, v_bad)),
                "softmax over queries (dim=-2)": merge(attend(q, k, v, softmax_dim=-2)),
                "SDPA attn_mask=causal (True = blocked)": sdpa(attn_mask=causal),
                "SDPA attn_mask=~causal (True = allowed)": sdpa(attn_mask=~causal)}
    for name, out in variants.items():
        print(f"{name:<40} max |error| = {(out - y).abs().max():.3f}")
    try:
        heads.transpose(1, 2).view(B, S, D)
    except RuntimeError as err:
        print(f".view after transpose: RuntimeError: {str(err)[:46]}...")
