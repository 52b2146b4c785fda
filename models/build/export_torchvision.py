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
}


def example(spec, generator):
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


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("arch", choices=sorted(ARCHS))
    parser.add_argument("out_dir")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    torch.manual_seed(args.seed)
    torch.use_deterministic_algorithms(True)
    build, inputs, outputs = ARCHS[args.arch]
    model = build()
    generator = torch.Generator().manual_seed(args.seed)
    calibrated = calibrate_batchnorm(model, inputs, generator)
    model.eval()

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
    torch.onnx.export(model, tuple(probe), str(partial), opset_version=OPSET, do_constant_folding=True,
                      input_names=[s["name"] for s in inputs], output_names=outputs)
    partial.replace(target)  # a killed build never leaves a half-written model.onnx
    print(json.dumps({
        "arch": args.arch,
        "parameters": sum(p.numel() for p in model.parameters()),
        "bytes": target.stat().st_size,
        "inputs": inputs,
        "outputs": outputs,
        "output_std": spread,
        "batchnorm_layers_calibrated": calibrated,
        "torch": torch.__version__,
        "torchvision": torchvision.__version__,
        "opset": OPSET,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
