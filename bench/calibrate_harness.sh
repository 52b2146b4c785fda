#!/usr/bin/env bash
# Calibration of the harness against the smallest possible measurement page (resources/harness/minimal.*):
# MobileNetV2, ONNX Runtime Web wasm, 1 thread, main thread, in the embedded browser, the two pages
# interleaved over REPS repetitions in one plan. Prints both medians and their ratio; the engine's
# median must agree with the minimal loop's within 10%.
# Usage: bench/calibrate_harness.sh [REPS] (after scripts/setup.sh)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPS="${1:-3}"
BIN="${INFERSCOPE_BIN:-$ROOT/build/bin/inferscope}"
work=$(mktemp -d /tmp/inferscope-calibration-XXXXXX)
trap 'rm -rf "$work"' EXIT
cat > "$work/plan.json" <<JSON
{"name": "calibration", "seed": 3, "repetitions": $REPS, "models": ["mobilenetv2"],
 "configurations": [
   {"runtime": "ort-web", "backend": "wasm", "threads": [1], "placements": ["main"], "harness": "full"},
   {"runtime": "ort-web", "backend": "wasm", "threads": [1], "placements": ["main"], "harness": "minimal"}],
 "policy": {"min_warmup_ms": 3000, "max_warmup_ms": 10000, "samples": 150, "max_sample_ms": 30000, "timeout_ms": 180000}}
JSON
[ "$(id -u)" -eq 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
"$BIN" run "$work/plan.json" --out "$work/bundle" --summary-json "$work/summary.json" 2>/dev/null | grep -E '^\[' || true
/usr/bin/python3 - "$work/summary.json" <<'PY'
import json, sys
cells = {c["harness"]: c for c in json.load(open(sys.argv[1]))}
full, minimal = cells["full"], cells["minimal"]
ratio = full["median_ms"] / minimal["median_ms"]
print(f"harness  median {full['median_ms']:.2f} ms  [{full['ci_low_ms']:.2f}, {full['ci_high_ms']:.2f}]  ({full['samples']} samples, {full['ok_repetitions']} runs)")
print(f"minimal  median {minimal['median_ms']:.2f} ms  [{minimal['ci_low_ms']:.2f}, {minimal['ci_high_ms']:.2f}]  ({minimal['samples']} samples, {minimal['ok_repetitions']} runs)")
print(f"ratio harness/minimal = {ratio:.3f}  (overhead {100 * (ratio - 1):+.1f}%)  ->  {'within' if abs(ratio - 1) <= 0.10 else 'OUTSIDE'} the 10% goal")
sys.exit(0 if abs(ratio - 1) <= 0.10 else 1)
PY
