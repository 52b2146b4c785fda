#!/usr/bin/python3
"""Quantizes one of the zoo's float ONNX models, deterministically, into the two forms web apps ship.

Usage:
  /usr/bin/python3 models/build/quantize_onnx.py dynamic-uint8 FLOAT.onnx OUT_DIR
  /usr/bin/python3 models/build/quantize_onnx.py qdq-int8 FLOAT.onnx OUT_DIR --node NODE --tool ort_native.mjs --spec SPEC.json

Written with numpy and Debian's python3-onnx: ONNX Runtime's own quantization tool is a PyPI package, which these
machines cannot install. The two forms follow what that tool writes:

dynamic-uint8 (ONNX Runtime's quantize_dynamic, what transformers.js ships as model_quantized.onnx): weights uint8,
  asymmetric, one scale per tensor; each Conv becomes DynamicQuantizeLinear -> ConvInteger -> Cast -> Mul by
  x_scale * w_scale -> Add bias, each Gemm the same with MatMulInteger. Activations are quantized at run time from
  their own range, so nothing is calibrated.

qdq-int8 (static quantization in the QDQ format): weights int8, symmetric, one scale per output channel; biases int32
  at x_scale * w_scale; every Conv and Gemm input and every Conv output uint8, asymmetric, with the range it took
  on 8 seeded calibration inputs (ONNX Runtime in node runs the float model with every such tensor made an output:
  `ort_native.mjs ranges`). ONNX Runtime fuses DequantizeLinear -> Conv -> QuantizeLinear into QLinearConv.

Prints one JSON object on stdout: the scheme, the nodes quantized and the file's size.
"""
import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import onnx
from onnx import helper, numpy_helper, TensorProto


def uint8_asymmetric(low, high):
    """Scale and zero point mapping [low, high] (widened to hold 0) onto 0..255."""
    low, high = min(float(low), 0.0), max(float(high), 0.0)
    scale = (high - low) / 255.0 if high > low else 1.0
    zero_point = int(np.clip(np.round(-low / scale), 0, 255))
    return np.float32(scale), np.uint8(zero_point)


class Graph:
    """The float graph being rewritten: its initializers by name and the nodes of the new graph."""

    def __init__(self, model):
        self.model = model
        self.weights = {t.name: numpy_helper.to_array(t) for t in model.graph.initializer}
        self.used = set()
        self.added = []
        self.nodes = []

    def constant(self, name, array):
        self.added.append(numpy_helper.from_array(np.asarray(array), name))
        return name

    def finish(self, kept_initializers):
        graph = self.model.graph
        initializers = [t for t in graph.initializer if t.name in kept_initializers] + self.added
        del graph.initializer[:]
        graph.initializer.extend(initializers)
        del graph.node[:]
        graph.node.extend(self.nodes)
        return self.model


def quantize_dynamic(model):
    g = Graph(model)
    quantized = 0
    for node in model.graph.node:
        weight = node.input[1] if node.op_type in ("Conv", "Gemm") and len(node.input) > 1 else None
        if weight not in g.weights:
            g.nodes.append(node)
            continue
        w = g.weights[weight]
        g.used.add(weight)
        name = node.name or node.output[0]
        if node.op_type == "Gemm":
            attributes = {a.name: helper.get_attribute_value(a) for a in node.attribute}
            if attributes.get("transA", 0) or attributes.get("alpha", 1.0) != 1.0 or attributes.get("beta", 1.0) != 1.0:
                g.nodes.append(node)
                continue
            w = w.T if attributes.get("transB", 0) else w
        w_scale, w_zp = uint8_asymmetric(w.min(), w.max())
        w_q = np.clip(np.round(w / w_scale) + int(w_zp), 0, 255).astype(np.uint8)
        x = node.input[0]
        g.nodes.append(helper.make_node("DynamicQuantizeLinear", [x], [f"{name}_x_q", f"{name}_x_scale", f"{name}_x_zp"]))
        inputs = [f"{name}_x_q", g.constant(f"{weight}_quantized", w_q), f"{name}_x_zp", g.constant(f"{weight}_zero_point", w_zp)]
        if node.op_type == "Conv":
            g.nodes.append(helper.make_node("ConvInteger", inputs, [f"{name}_int32"], **{a.name: helper.get_attribute_value(a) for a in node.attribute}))
        else:
            g.nodes.append(helper.make_node("MatMulInteger", inputs, [f"{name}_int32"]))
        g.nodes.append(helper.make_node("Cast", [f"{name}_int32"], [f"{name}_float"], to=TensorProto.FLOAT))
        g.nodes.append(helper.make_node("Mul", [f"{name}_x_scale", g.constant(f"{weight}_scale", w_scale)], [f"{name}_scale"]))
        has_bias = len(node.input) > 2 and node.input[2]
        scaled = node.output[0] if not has_bias else f"{name}_scaled"
        g.nodes.append(helper.make_node("Mul", [f"{name}_float", f"{name}_scale"], [scaled]))
        if has_bias:
            bias = g.weights[node.input[2]]
            g.used.add(node.input[2])
            shaped = bias.reshape(1, -1, 1, 1) if node.op_type == "Conv" else bias
            g.nodes.append(helper.make_node("Add", [scaled, g.constant(f"{node.input[2]}_shaped", shaped.astype(np.float32))], [node.output[0]]))
        quantized += 1
    kept = {n for n in g.weights if n not in g.used}
    return g.finish(kept), quantized


def calibrate(model, tensors, node, tool, spec):
    """The range of each tensor over 8 seeded inputs, from ONNX Runtime running the float model."""
    probe = onnx.ModelProto()
    probe.CopyFrom(model)
    present = {o.name for o in probe.graph.output}
    for name in tensors:
        if name not in present:
            probe.graph.output.append(helper.make_tensor_value_info(name, TensorProto.FLOAT, None))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "probe.onnx"
        onnx.save(probe, str(path))
        run = subprocess.run([node, tool, "ranges", str(path), spec, "--count", "8"], capture_output=True, text=True, check=False)
    for line in run.stdout.splitlines():
        event = json.loads(line)
        if event.get("event") == "error":
            sys.exit(f"calibration failed: {event.get('message')}")
        if event.get("event") == "ranges":
            # Four significant digits: the last bits of a float range may differ between CPUs (summation order in
            # vectorised kernels); rounded, every machine computes the same scales and the file keeps its sha256.
            return {name: [float(f"{v:.4g}") for v in r] for name, r in event["ranges"].items()}
    sys.exit(f"calibration failed: {run.stderr.strip()[-500:]}")


def quantize_qdq(model, node, tool, spec):
    g = Graph(model)
    targets = [n for n in model.graph.node if n.op_type in ("Conv", "Gemm") and len(n.input) > 1 and n.input[1] in g.weights]
    consumers = {}
    for n in model.graph.node:
        for name in n.input:
            consumers.setdefault(name, []).append(n)
    activations = []  # every quantized node's input, and each Conv's output (after its activation function)
    for n in targets:
        activations.append(n.input[0])
        if n.op_type == "Conv":
            # Conv -> Clip (ReLU6) or Relu: the activation's output is quantized, as ONNX Runtime's quantizer does;
            # its optimizer then drops the Clip before QuantizeLinear and fuses Conv into QLinearConv.
            after = consumers.get(n.output[0], [])
            fused = len(after) == 1 and after[0].op_type in ("Clip", "Relu")
            activations.append(after[0].output[0] if fused else n.output[0])
    activations = list(dict.fromkeys(activations))
    ranges = calibrate(model, activations, node, tool, spec)
    qparams = {}
    for name in activations:
        if name not in ranges:
            sys.exit(f"calibration gave no range for {name}")
        qparams[name] = uint8_asymmetric(*ranges[name])

    def dequantized(name):
        return f"{name}_dq"

    # Each calibrated tensor passes through QuantizeLinear -> DequantizeLinear right where it is produced (graph
    # inputs first); every consumer reads the dequantized copy.
    producers = {name: None for name in (i.name for i in model.graph.input)}

    def qdq(name):
        scale, zp = qparams[name]
        s = g.constant(f"{name}_scale", scale)
        z = g.constant(f"{name}_zero_point", zp)
        g.nodes.append(helper.make_node("QuantizeLinear", [name, s, z], [f"{name}_q"]))
        g.nodes.append(helper.make_node("DequantizeLinear", [f"{name}_q", s, z], [dequantized(name)]))

    for name in producers:
        if name in qparams:
            qdq(name)
    quantized = 0
    for n in model.graph.node:
        node_copy = onnx.NodeProto()
        node_copy.CopyFrom(n)
        for k, name in enumerate(node_copy.input):
            if name in qparams:
                node_copy.input[k] = dequantized(name)
        if n in targets:
            weight = n.input[1]
            w = g.weights[weight]
            g.used.add(weight)
            x_scale = qparams[n.input[0]][0]
            if n.op_type == "Conv":  # one scale per output channel
                w_scale = np.maximum(np.abs(w).reshape(w.shape[0], -1).max(axis=1), 1e-12).astype(np.float32) / 127.0
                w_q = np.clip(np.round(w / w_scale.reshape(-1, *([1] * (w.ndim - 1)))), -127, 127).astype(np.int8)
                axis = {"axis": 0}
                w_zp = np.zeros(w.shape[0], dtype=np.int8)
            else:
                w_scale = np.float32(max(float(np.abs(w).max()), 1e-12) / 127.0)
                w_q = np.clip(np.round(w / w_scale), -127, 127).astype(np.int8)
                axis = {}
                w_zp = np.int8(0)
            s = g.constant(f"{weight}_scale", w_scale)
            z = g.constant(f"{weight}_zero_point", w_zp)
            g.nodes.append(helper.make_node("DequantizeLinear", [g.constant(f"{weight}_quantized", w_q), s, z], [f"{weight}_dq"], **axis))
            node_copy.input[1] = f"{weight}_dq"
            if len(n.input) > 2 and n.input[2]:
                bias = n.input[2]
                g.used.add(bias)
                b_scale = (x_scale * w_scale).astype(np.float32) if n.op_type == "Conv" else np.float32(x_scale * w_scale)
                b_q = np.round(g.weights[bias] / b_scale).astype(np.int32)
                b_zp = np.zeros(b_q.shape[0], dtype=np.int32) if n.op_type == "Conv" else np.int32(0)
                s = g.constant(f"{bias}_scale", b_scale)
                z = g.constant(f"{bias}_zero_point", b_zp)
                g.nodes.append(helper.make_node("DequantizeLinear", [g.constant(f"{bias}_quantized", b_q), s, z], [f"{bias}_dq"], **axis))
                node_copy.input[2] = f"{bias}_dq"
            quantized += 1
        g.nodes.append(node_copy)
        for name in n.output:
            if name in qparams:
                qdq(name)
    kept = {name for name in g.weights if name not in g.used}
    return g.finish(kept), quantized


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("scheme", choices=["dynamic-uint8", "qdq-int8"])
    parser.add_argument("model")
    parser.add_argument("out_dir")
    parser.add_argument("--node", default="node")
    parser.add_argument("--tool", help="resources/native/ort_native.mjs (qdq-int8: calibration)")
    parser.add_argument("--spec", help="the float model's runtime spec (qdq-int8: calibration inputs)")
    args = parser.parse_args()
    model = onnx.load(args.model)
    if args.scheme == "dynamic-uint8":
        model, count = quantize_dynamic(model)
    else:
        if not args.tool or not args.spec:
            sys.exit("qdq-int8 needs --tool and --spec (calibration runs the float model)")
        model, count = quantize_qdq(model, args.node, args.tool, args.spec)
    model.producer_name = "inferscope quantize_onnx.py"
    model.producer_version = args.scheme
    onnx.checker.check_model(model)
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    onnx.save(model, str(out / "model.onnx"))
    print(json.dumps({"scheme": args.scheme, "quantized_nodes": count, "bytes": (out / "model.onnx").stat().st_size}))


if __name__ == "__main__":
    main()
