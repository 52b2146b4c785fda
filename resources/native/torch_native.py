#!/usr/bin/python3
"""InferScope's second native baseline: the zoo's generated models in Debian's PyTorch, eager or TorchScript.

Speaks the same one-JSON-object-per-line protocol as ort_native.mjs `measure` (start, setup, first, sample,
warmup, outputs, done, error), so core/engine/native_runner.cpp stores the same record shape.

    /usr/bin/python3 torch_native.py measure BUILD_SCRIPT ARCH SEED REFERENCE_DIR --mode eager|torchscript
                     --threads N [--warmup-ms 3000] [--samples 200] [--max-ms 120000]

The weights are the ONNX model's own: BUILD_SCRIPT is models/build/export_torchvision.py, whose build_model()
makes them (seeded initialisation and calibration) before exporting, so the same function here gives the
same tensors without reading the ONNX file. The inputs are the zoo's reference inputs (REFERENCE_DIR/input_N.bin)
and the outputs are compared with the ONNX Runtime reference outputs (output_N.bin): a mismatch would mean
the weights differ, and the record says so.
"""
import argparse
import importlib.util
import json
import math
import os
import sys
import time
from pathlib import Path


def emit(event):
    print(json.dumps(event), flush=True)


def fail(message, code=2):
    emit({"event": "error", "message": message})
    sys.exit(code)


DTYPES = {"float32": ("float32", 4), "int64": ("int64", 8), "int32": ("int32", 4), "uint8": ("uint8", 1)}


def load_inputs(torch, reference_dir):
    spec = json.loads((reference_dir / "reference.json").read_text())
    tensors = []
    for index, entry in enumerate(spec["inputs"]):
        name, size = DTYPES[entry["dtype"]]
        data = (reference_dir / f"input_{index}.bin").read_bytes()
        dtype = getattr(torch, name)
        count = len(data) // size
        flat = torch.frombuffer(bytearray(data), dtype=dtype) if count else torch.zeros(0, dtype=dtype)
        tensors.append(flat.reshape(entry["shape"]).clone())
    return tensors, spec


def compare(torch, outputs, reference_dir, spec):
    """Each output against ONNX Runtime's reference output: max abs error and cosine."""
    results = []
    for index, (tensor, ref) in enumerate(zip(outputs, spec.get("outputs", []))):
        data = (reference_dir / ref["file"]).read_bytes()
        expected = torch.frombuffer(bytearray(data), dtype=torch.float32) if data else torch.zeros(0)
        got = tensor.detach().float().reshape(-1)
        if got.numel() != expected.numel():
            results.append({"index": index, "name": ref.get("name"), "compared": False})
            continue
        if got.numel() == 0:
            results.append({"index": index, "name": ref.get("name"), "compared": True, "max_abs_error": 0.0, "cosine": 1.0})
            continue
        cosine = float(torch.nn.functional.cosine_similarity(got.double(), expected.double(), dim=0))
        results.append({"index": index, "name": ref.get("name"), "compared": True, "reference": "onnxruntime-node",
                        "max_abs_error": float((got - expected).abs().max()), "cosine": cosine if math.isfinite(cosine) else None,
                        "top1_agrees": bool(int(got.argmax()) == int(expected.argmax()))})
    return results


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("mode_", choices=["measure"])
    parser.add_argument("script")
    parser.add_argument("arch")
    parser.add_argument("seed", type=int)
    parser.add_argument("reference_dir")
    parser.add_argument("--mode", choices=["eager", "torchscript"], default="eager")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--warmup-ms", type=float, default=3000)
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--max-ms", type=float, default=120000)
    args = parser.parse_args()

    try:
        import torch
    except ImportError as e:
        fail(f"PyTorch is not installed (python3-torch): {e}")
    torch.set_num_threads(args.threads)
    try:
        torch.set_num_interop_threads(1)
    except RuntimeError:
        pass  # only settable once per process, before any parallel work
    emit({"event": "start", "pid": os.getpid(), "torch_version": torch.__version__, "threads": args.threads, "mode": args.mode,
          "python": sys.version.split()[0], "t": 0.0})

    spec = importlib.util.spec_from_file_location("inferscope_export", args.script)
    if spec is None or spec.loader is None:
        fail(f"cannot load the build script {args.script}")
    export = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(Path(args.script).parent))
    spec.loader.exec_module(export)
    if args.arch not in export.ARCHS:
        fail(f"{args.arch} is not one of the build script's architectures")
    reference_dir = Path(args.reference_dir)
    inputs, reference = load_inputs(torch, reference_dir)

    # Setup: the weights (the export's own seeded build and calibration), and for TorchScript the trace,
    # frozen and optimised for inference (conv-BatchNorm folding, oneDNN layouts: what a deployment would
    # load; a trace that is only frozen ran MobileNetV2 at eager's speed here, 237 against 211 ms, and the
    # optimised one at 16 ms).
    t0 = time.perf_counter()
    model, _, _ = export.build_model(args.arch, args.seed)
    torch.use_deterministic_algorithms(False)  # the build needs it; inference runs as deployed
    with torch.inference_mode():
        if args.mode == "torchscript":
            try:
                model = torch.jit.optimize_for_inference(torch.jit.trace(model, tuple(inputs), check_trace=False).eval())
            except Exception as e:  # noqa: BLE001: any tracing failure is this cell's recorded reason
                fail(f"TorchScript cannot trace {args.arch}: {str(e).splitlines()[0][:300]}", 3)
    emit({"event": "setup", "ms": (time.perf_counter() - t0) * 1000})

    def run():
        with torch.inference_mode():
            out = model(*inputs)
        return list(out) if isinstance(out, (tuple, list)) else [out]

    t0 = time.perf_counter()
    outputs = run()
    emit({"event": "first", "ms": (time.perf_counter() - t0) * 1000})
    # Warm up by time, as the other baselines do; --max-ms counts from here (setup rebuilds the weights).
    begin = time.perf_counter()
    count = 0
    while (time.perf_counter() - begin) * 1000 < args.warmup_ms:
        t0 = time.perf_counter()
        outputs = run()
        emit({"event": "sample", "phase": "warmup", "ms": (time.perf_counter() - t0) * 1000})
        count += 1
    emit({"event": "warmup", "ms": (time.perf_counter() - begin) * 1000, "count": count})
    taken = 0
    cpu_before, wall_before = time.process_time(), time.perf_counter()
    while taken < args.samples and (time.perf_counter() - begin) * 1000 < args.max_ms:
        t0 = time.perf_counter()
        outputs = run()
        emit({"event": "sample", "phase": "steady", "ms": (time.perf_counter() - t0) * 1000})
        taken += 1
    cpu_ms = (time.process_time() - cpu_before) * 1000
    wall_ms = (time.perf_counter() - wall_before) * 1000
    emit({"event": "outputs", "outputs": {"fidelity": compare(torch, outputs, reference_dir, reference)}})
    emit({"event": "done", "samples": taken, "truncated": taken < args.samples, "cpu_ms": cpu_ms, "prediction_wall_ms": wall_ms})


if __name__ == "__main__":
    main()
