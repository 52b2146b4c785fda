#!/usr/bin/env bash
# What InferScope's instrument costs: interleaved pairs of (a) the product's run of one cell and (b) the
# bare host (bench/bare_host: the same page and server in the same browser, with no sampling, no
# DevTools/BiDi, no bundle), one browser at a time. Prints every pair, the median of the per-pair ratios
# product/bare with a 95% bootstrap CI, and whether it lies within [0.97, 1.03].
#
# Usage: bench/embedded_overhead.sh [--browser qtwebengine|chromium|firefox] [--pairs N] [--variant NAME]
#   --variant: default (the product as shipped), no-memory (INFERSCOPE_ABLATE=memory: no /proc sampling),
#              no-jsheap (no CDP heap polling), no-cdp (the embedded browser without its DevTools endpoint),
#              bare-probes (every probe off: what is left is the driver and the engine)
#   --bare-page full|minimal: the bare side's page (default: full, the same harness page, so the ratio is the
#              instrument's cost alone; minimal adds the harness's own cost, see bench/calibrate_harness.sh)
# Cell: MobileNetV2, ONNX Runtime Web wasm, 1 thread, main thread (override with --model ID).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="${INFERSCOPE_BIN:-$ROOT/build/bin/inferscope}"
BARE="${INFERSCOPE_BARE_BIN:-$ROOT/build/bin/inferscope_bare_host}"
browser=qtwebengine pairs=10 variant=default model=mobilenetv2 barePage=full seed=16
while [ $# -gt 0 ]; do
    case "$1" in
        --browser) browser="$2"; shift 2 ;;
        --pairs) pairs="$2"; shift 2 ;;
        --variant) variant="$2"; shift 2 ;;
        --model) model="$2"; shift 2 ;;
        --bare-page) barePage="$2"; shift 2 ;;
        --seed) seed="$2"; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 1 ;;
    esac
done
work=$(mktemp -d /tmp/inferscope-overhead-XXXXXX)
trap 'rm -rf "$work"' EXIT
policy='"policy": {"min_warmup_ms": 3000, "max_warmup_ms": 10000, "samples": 150, "max_sample_ms": 30000, "timeout_ms": 180000}'
for side in product bare; do
    harness=full
    [ "$side" = bare ] && harness="$barePage"
    cat > "$work/$side.json" <<JSON
{"name": "overhead-$side", "seed": 1, "models": ["$model"],
 "configurations": [{"runtime": "ort-web", "backend": "wasm", "threads": [1], "placements": ["main"], "harness": "$harness"}],
 "browsers": ["$browser"], $policy}
JSON
done
[ "$(id -u)" -eq 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
productEnv=()
case "$variant" in
    default) ;;
    no-memory) productEnv=(INFERSCOPE_ABLATE=memory) ;;
    no-jsheap) productEnv=(INFERSCOPE_ABLATE=jsheap) ;;
    no-cdp) productEnv=(QTWEBENGINE_REMOTE_DEBUGGING=127.0.0.1:0) ;;
    bare-probes) productEnv=(INFERSCOPE_ABLATE=memory,jsheap QTWEBENGINE_REMOTE_DEBUGGING=127.0.0.1:0) ;;
    *) echo "unknown variant $variant" >&2; exit 1 ;;
esac

product() { # prints the cell's median
    rm -rf "$work/bundle" "$work/summary.json"
    env "${productEnv[@]}" "$BIN" run "$work/product.json" --out "$work/bundle" --summary-json "$work/summary.json" >/dev/null 2>&1 || true
    /usr/bin/python3 -c 'import json,sys; c=json.load(open(sys.argv[1]))[0]; print(c["median_ms"] if c["status"]=="ok" else "nan")' "$work/summary.json" 2>/dev/null || echo nan
}
bare() {
    "$BARE" --browser "$browser" "$work/bare.json" 2>/dev/null | tail -1 |
        /usr/bin/python3 -c 'import json,sys; r=json.loads(sys.stdin.read() or "{}"); print(r["median_ms"] if r.get("status")=="ok" else "nan")' || echo nan
}

echo "browser $browser, variant $variant, model $model, bare page $barePage, $pairs pairs (order within each pair alternates)"
: > "$work/pairs"
for i in $(seq 1 "$pairs"); do
    # Alternate which side goes first, so a drift within a pair does not favour one side.
    if [ $((i % 2)) -eq 1 ]; then p=$(product); b=$(bare); else b=$(bare); p=$(product); fi
    echo "$p $b" >> "$work/pairs"
    echo "pair $i: product $p ms, bare $b ms"
done
/usr/bin/python3 - "$work/pairs" "$seed" <<'PY'
import math, random, statistics, sys
pairs = [tuple(map(float, line.split())) for line in open(sys.argv[1])]
ratios = [p / b for p, b in pairs if not (math.isnan(p) or math.isnan(b)) and b > 0]
if len(ratios) < 3:
    print(f"only {len(ratios)} complete pairs: no estimate"); sys.exit(1)
rng = random.Random(int(sys.argv[2]))
boot = sorted(statistics.median(rng.choices(ratios, k=len(ratios))) for _ in range(10000))
low, high = boot[int(0.025 * len(boot))], boot[int(0.975 * len(boot)) - 1]
median = statistics.median(ratios)
verdict = "within" if 0.97 <= median <= 1.03 else "OUTSIDE"
print(f"ratios: {' '.join(f'{r:.3f}' for r in ratios)}")
print(f"median product/bare = {median:.3f}, 95% bootstrap CI [{low:.3f}, {high:.3f}] over {len(ratios)} pairs -> {verdict} [0.97, 1.03]")
PY
