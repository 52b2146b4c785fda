#!/usr/bin/python3
"""Builds one of InferScope's generated zoo models as ONNX, deterministically.

Usage: /usr/bin/python3 models/build/export_torchvision.py ARCH OUT_DIR [--seed N]

Standard architectures come from Debian's python3-torchvision with weights=None (no download: the
machines are offline and trained weights are not needed to measure speed and memory). Two more are
written here: a BERT-style text encoder and an ESRGAN-style super-resolution network.

Randomly initialised networks with BatchNorm give degenerate outputs (MobileNetV2's logits ~1e-12),
which would make every accuracy comparison trivially "equal". So BatchNorm running statistics are
calibrated on seeded random inputs before export, and the script refuses to write a model whose output
standard deviation on such an input is below 1e-3.

Prints one JSON object on stdout: parameters, inputs, outputs and the output standard deviation.
Run with Debian's /usr/bin/python3 (a pyenv python3 earlier on PATH cannot import Debian's packages).
"""
import argparse
import json
import math
import sys
from pathlib import Path

import torch
import torch.nn as nn
import torchvision

OPSET = 13  # what torch 1.13 exports well and every ONNX Runtime Web backend reads


class BertStyleEncoder(nn.Module):
    """Token ids [1, 128] -> pooled sentence embedding [1, 256] and 2-class logits, BERT-small shaped."""

    def __init__(self, vocab=8192, hidden=256, layers=4, heads=4, ffn=1024, seq=128):
        super().__init__()
        self.tokens = nn.Embedding(vocab, hidden)
        self.positions = nn.Embedding(seq, hidden)
        self.norm = nn.LayerNorm(hidden)
        layer = nn.TransformerEncoderLayer(hidden, heads, ffn, dropout=0.0, activation="gelu", batch_first=True)
        self.encoder = nn.TransformerEncoder(layer, layers, enable_nested_tensor=False)
        self.pooler = nn.Linear(hidden, hidden)
        self.classifier = nn.Linear(hidden, 2)
        self.register_buffer("position_ids", torch.arange(seq).unsqueeze(0), persistent=False)

    def forward(self, input_ids):
        x = self.norm(self.tokens(input_ids) + self.positions(self.position_ids))
        x = self.encoder(x)
        pooled = torch.tanh(self.pooler(x[:, 0]))
        return pooled, self.classifier(pooled)


class ResidualDenseBlock(nn.Module):
    def __init__(self, nf=64, gc=32):
        super().__init__()
        self.convs = nn.ModuleList([nn.Conv2d(nf + i * gc, gc if i < 4 else nf, 3, 1, 1) for i in range(5)])
        self.act = nn.LeakyReLU(0.2)

    def forward(self, x):
        features = [x]
        for i, conv in enumerate(self.convs):
            y = conv(torch.cat(features, 1))
            if i < 4:
                features.append(self.act(y))
        return x + 0.2 * y


class RRDB(nn.Module):
    def __init__(self, nf, gc):
        super().__init__()
        self.blocks = nn.Sequential(*[ResidualDenseBlock(nf, gc) for _ in range(3)])

    def forward(self, x):
        return x + 0.2 * self.blocks(x)


class EsrganStyle(nn.Module):
    """ESRGAN's generator shape (RRDB trunk, nearest-neighbour x4 upsampling), 6 RRDBs instead of 23."""

    def __init__(self, nf=64, gc=32, blocks=6):
        super().__init__()
        self.first = nn.Conv2d(3, nf, 3, 1, 1)
        self.trunk = nn.Sequential(*[RRDB(nf, gc) for _ in range(blocks)])
        self.trunk_conv = nn.Conv2d(nf, nf, 3, 1, 1)
        self.up1 = nn.Conv2d(nf, nf, 3, 1, 1)
        self.up2 = nn.Conv2d(nf, nf, 3, 1, 1)
        self.hr = nn.Conv2d(nf, nf, 3, 1, 1)
        self.last = nn.Conv2d(nf, 3, 3, 1, 1)
        self.act = nn.LeakyReLU(0.2)

    def forward(self, x):
        f = self.first(x)
        f = f + self.trunk_conv(self.trunk(f))
        f = self.act(self.up1(nn.functional.interpolate(f, scale_factor=2.0, mode="nearest")))
        f = self.act(self.up2(nn.functional.interpolate(f, scale_factor=2.0, mode="nearest")))
        return self.last(self.act(self.hr(f)))


class DecoderBlock(nn.Module):
    """Pre-LayerNorm transformer decoder block (GPT-2 shaped) with an explicit key/value cache."""

    def __init__(self, width, heads):
        super().__init__()
        self.heads, self.head_dim = heads, width // heads
        self.norm1 = nn.LayerNorm(width)
        self.qkv = nn.Linear(width, 3 * width)
        self.proj = nn.Linear(width, width)
        self.norm2 = nn.LayerNorm(width)
        self.mlp = nn.Sequential(nn.Linear(width, 4 * width), nn.GELU(), nn.Linear(4 * width, width))

    def forward(self, x, past_key, past_value, mask):
        b, t, width = x.shape
        q, k, v = self.qkv(self.norm1(x)).split(width, dim=2)
        shape = (b, t, self.heads, self.head_dim)
        q, k, v = (z.reshape(shape).transpose(1, 2) for z in (q, k, v))
        key = torch.cat([past_key, k], dim=2)  # [b, heads, past + t, head_dim]: the cache the next step gets
        value = torch.cat([past_value, v], dim=2)
        scores = torch.matmul(q, key.transpose(2, 3)) / math.sqrt(self.head_dim)
        scores = scores.masked_fill(mask, -1e9)
        attended = torch.matmul(torch.softmax(scores, dim=-1), value).transpose(1, 2).reshape(b, t, width)
        x = x + self.proj(attended)
        return x + self.mlp(self.norm2(x)), key, value


class Decoder(nn.Module):
    """Decoder-only language model: token ids [1, T] and each layer's past keys/values [1, heads, P, head_dim]
    -> the next-token logits of the last position [1, vocab] and each layer's present keys/values
    [1, heads, P + T, head_dim]. A prompt is one call with P = 0; each generated token one call with T = 1,
    so a decode step costs one token whatever the context. Positions continue from P."""

    def __init__(self, vocab=8192, width=384, layers=6, heads=6, context=512):
        super().__init__()
        self.tokens = nn.Embedding(vocab, width)
        self.positions = nn.Embedding(context, width)
        self.blocks = nn.ModuleList([DecoderBlock(width, heads) for _ in range(layers)])
        self.norm = nn.LayerNorm(width)
        self.head = nn.Linear(width, vocab, bias=False)
        for module in self.modules():  # GPT-2's initialisation
            if isinstance(module, (nn.Linear, nn.Embedding)):
                nn.init.normal_(module.weight, std=0.02)
            if isinstance(module, nn.Linear) and module.bias is not None:
                nn.init.zeros_(module.bias)

    def forward(self, input_ids, *past):
        t = input_ids.shape[1]
        p = past[0].shape[2]
        positions = torch.arange(p, p + t).unsqueeze(0)
        x = self.tokens(input_ids) + self.positions(positions)
        # Causal: new token i (position p + i) sees every cached position and the new ones up to itself.
        mask = torch.arange(p + t).unsqueeze(0) > (torch.arange(t) + p).unsqueeze(1)
        presents = []
        for i, block in enumerate(self.blocks):
            x, key, value = block(x, past[2 * i], past[2 * i + 1], mask)
            presents += [key, value]
        return (self.head(self.norm(x[:, -1])), *presents)


def decoder_io(layers, heads, width, prompt=64):
    inputs = [{"name": "input_ids", "shape": [1, prompt], "dtype": "int64"}]
    outputs = ["logits"]
    for i in range(layers):
        for kind in ("key", "value"):
            inputs.append({"name": f"past_{kind}_{i}", "shape": [1, heads, 0, width // heads], "dtype": "float32"})
            outputs.append(f"present_{kind}_{i}")
    return inputs, outputs


def decoder_axes(layers):
    axes = {"input_ids": {1: "tokens"}, "logits": {}}
    for i in range(layers):
        for kind in ("key", "value"):
            axes[f"past_{kind}_{i}"] = {2: "past"}
            axes[f"present_{kind}_{i}"] = {2: "total"}
    return axes


def calibrate_logits(model, target_std=4.0):
    """Random GPT-2 weights give logits with a standard deviation ~0.1: greedy decoding then turns on
    differences of 1e-4 between the two best tokens, where float summation order (wasm against native)
    decides. Scaling the output head to a logit spread of 4 makes the top token win by clear margins."""
    with torch.no_grad():
        ids = torch.randint(0, model.tokens.num_embeddings, (1, 64), generator=torch.Generator().manual_seed(7))
        empty = [torch.zeros(1, b.heads, 0, b.head_dim) for b in model.blocks for _ in (0, 1)]
        spread = float(model(ids, *empty)[0].std())
        model.head.weight.mul_(target_std / spread)
        return spread


def image_input(size):
    return {"name": "input", "shape": [1, 3, size, size], "dtype": "float32"}


ARCHS = {
    "mobilenetv2": (lambda: torchvision.models.mobilenet_v2(weights=None), [image_input(224)], ["logits"]),
    "resnet50": (lambda: torchvision.models.resnet50(weights=None), [image_input(224)], ["logits"]),
    "vgg16": (lambda: torchvision.models.vgg16(weights=None), [image_input(224)], ["logits"]),
    "inceptionv3": (lambda: torchvision.models.inception_v3(weights=None, aux_logits=False, init_weights=True),
                    [image_input(299)], ["logits"]),
    "efficientnetb0": (lambda: torchvision.models.efficientnet_b0(weights=None), [image_input(224)], ["logits"]),
    "shufflenetv2": (lambda: torchvision.models.shufflenet_v2_x1_0(weights=None), [image_input(224)], ["logits"]),
    "bert-encoder": (lambda: BertStyleEncoder(), [{"name": "input_ids", "shape": [1, 128], "dtype": "int64"}],
                     ["pooled", "logits"]),
    "esrgan-lite": (lambda: EsrganStyle(), [{"name": "input", "shape": [1, 3, 64, 64], "dtype": "float32"}], ["image"]),
    # Generative decoding (token by token with a KV cache): a small and a larger size to show how the gap scales.
    "decoder-small": (lambda: Decoder(width=384, layers=6, heads=6), *decoder_io(6, 6, 384)),
    "decoder-base": (lambda: Decoder(width=768, layers=12, heads=12), *decoder_io(12, 12, 768)),
}
DYNAMIC_AXES = {"decoder-small": decoder_axes(6), "decoder-base": decoder_axes(12)}


def example(spec, generator):
    if spec["name"].startswith("past_"):  # a prompt starts with an empty cache
        return torch.zeros(spec["shape"])
    if spec["dtype"] == "int64":
        return torch.randint(1, 8192, spec["shape"], generator=generator)
    # ImageNet-normalised pixels: uniform [0, 1) through mean/std, as the zoo's reference inputs are.
    x = torch.rand(spec["shape"], generator=generator)
    if spec["shape"][1] == 3 and len(spec["shape"]) == 4 and spec["shape"][2] > 64:
        mean = torch.tensor([0.485, 0.456, 0.406]).view(1, 3, 1, 1)
        std = torch.tensor([0.229, 0.224, 0.225]).view(1, 3, 1, 1)
        x = (x - mean) / std
    return x


def calibrate_batchnorm(model, inputs, generator, batches=8):
    norms = [m for m in model.modules() if isinstance(m, nn.modules.batchnorm._BatchNorm)]
    if not norms:
        return 0
    for m in norms:
        m.reset_running_stats()
        m.momentum = None  # cumulative average over the calibration batches
    model.train()
    with torch.no_grad():
        for _ in range(batches):
            batch = [torch.cat([example(s, generator) for _ in range(4)]) for s in inputs]
            model(*batch)
    return len(norms)


def build_model(arch, seed):
    """The model with the exact weights the export writes (seeded initialisation, BatchNorm and logit
    calibration), in eval mode: resources/native/torch_native.py runs these same weights in PyTorch."""
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True)
    build, inputs, _ = ARCHS[arch]
    model = build()
    generator = torch.Generator().manual_seed(seed)
    calibrated = calibrate_batchnorm(model, inputs, generator)
    model.eval()
    logit_spread_before = calibrate_logits(model) if isinstance(model, Decoder) else None
    return model, calibrated, logit_spread_before


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("arch", choices=sorted(ARCHS))
    parser.add_argument("out_dir")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    _, inputs, outputs = ARCHS[args.arch]
    model, calibrated, logit_spread_before = build_model(args.arch, args.seed)

    probe = [example(s, torch.Generator().manual_seed(args.seed + 1000)) for s in inputs]
    with torch.no_grad():
        result = model(*probe)
    first = result[0] if isinstance(result, tuple) else result
    spread = float(first.float().std())
    if not math.isfinite(spread) or spread < 1e-3:
        print(f"{args.arch}: output standard deviation {spread:g} is degenerate; not exporting", file=sys.stderr)
        return 1

    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    target = out / "model.onnx"
    partial = out / "model.onnx.partial"
    # A decoder is traced with a non-empty cache (a zero-length one would be traced as a constant shape);
    # its token and cache lengths stay dynamic in the graph.
    traced = tuple(torch.rand(1, t.shape[1], 5, t.shape[3]) if s["name"].startswith("past_") else t for s, t in zip(inputs, probe))
    torch.onnx.export(model, traced, str(partial), opset_version=OPSET, do_constant_folding=True,
                      input_names=[s["name"] for s in inputs], output_names=outputs,
                      dynamic_axes=DYNAMIC_AXES.get(args.arch))
    partial.replace(target)  # a killed build never leaves a half-written model.onnx
    print(json.dumps({
        "arch": args.arch,
        "parameters": sum(p.numel() for p in model.parameters()),
        "bytes": target.stat().st_size,
        "inputs": inputs,
        "outputs": outputs,
        "output_std": spread,
        "batchnorm_layers_calibrated": calibrated,
        "logit_std_before_calibration": logit_spread_before,
        "torch": torch.__version__,
        "torchvision": torchvision.__version__,
        "opset": OPSET,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
