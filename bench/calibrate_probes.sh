#!/usr/bin/env bash
# Probe calibration (docs/CALIBRATION.md): runs bench/plans/calibrate.json (the calibration page in the
# embedded browser, Chromium and Firefox) and prints, per browser, each probe's expected value, the accepted
# range and what it measured. Exit status 1 when a measured probe is out of its range.
#   bash bench/calibrate_probes.sh [REPETITIONS]      (default 1; about 10 s per browser and repetition)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=build/bin/inferscope
[[ -x $bin ]] || { echo "No $bin: build first (bash scripts/setup.sh)" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
out=$(mktemp -d /tmp/inferscope-calibrate-XXXXXX)
trap 'rm -rf "$out"' EXIT
plan="$out/calibrate.json"
python3 - "${1:-1}" > "$plan" <<'PY'
import json, sys
plan = json.load(open("bench/plans/calibrate.json"))
plan["repetitions"] = int(sys.argv[1])
print(json.dumps(plan))
PY
"$bin" run "$plan" --out "$out/bundle" > "$out/run.log" 2>&1 || { tail -20 "$out/run.log" >&2; exit 1; }
"$bin" inspect "$out/bundle" --json 2>/dev/null | python3 bench/tools/calibration_table.py
