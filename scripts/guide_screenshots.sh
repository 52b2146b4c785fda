#!/bin/bash
# Retakes the screenshots of docs/USER_GUIDE.md with the current build: a small real plan measured first
# (MobileNetV2 in the embedded browser and natively, responsiveness on, two repetitions: a couple of minutes
# here), then each page grabbed as the user sees it. Usage: scripts/guide_screenshots.sh [BUNDLE]
# BUNDLE: a bundle of several browsers for the Results, Browsers and Compare shots (default: the plan's own).
source "$(dirname "$0")/common.sh"
BIN="$BUILD_DIR/bin/inferscope"
SHOTS="$ROOT/docs/screenshots"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# Private settings: the shots never show (or change) the user's own, and the live run's bundle goes to $WORK.
export XDG_CONFIG_HOME="$WORK/config" QTWEBENGINE_DISABLE_SANDBOX=1
mkdir -p "$XDG_CONFIG_HOME/InferScope"
printf '[runs]\noutputFolder=%s\n' "$WORK/results" > "$XDG_CONFIG_HOME/InferScope/inferscope.conf"
cat > "$WORK/guide.json" <<'PLAN'
{"name": "guide", "models": ["mobilenetv2"], "repetitions": 2,
 "configurations": [{"runtime": "ort-web", "backend": "wasm", "threads": [1], "placements": ["main", "worker"]}],
 "browsers": ["qtwebengine"], "native": true, "responsiveness": {"input_hz": 10, "idle_ms": 1000},
 "policy": {"min_warmup_ms": 1000, "max_warmup_ms": 4000, "samples": 60, "max_sample_ms": 15000, "timeout_ms": 120000}}
PLAN
say "Measuring the guide's plan"
QT_QPA_PLATFORM=offscreen "$BIN" run "$WORK/guide.json" --out "$WORK/guide" >/dev/null
BUNDLE="${1:-$WORK/guide}"
# A desktop-sized virtual display (the offscreen platform's 800x600 screen would crowd the dialogs).
shot() {
    local file=$1; shift
    xvfb-run -a -s "-screen 0 1600x1000x24" "$BIN" --lang en "$@" --screenshot "$SHOTS/$file" >/dev/null 2>&1
    echo "  $SHOTS/$file"
}
say "Screenshots"
shot guide-1-setup.png --page setup --screenshot-delay 4000
shot guide-2-new-experiment.png --new-experiment --screenshot-delay 4000
shot guide-3-runs-live.png --run "$WORK/guide.json" --screenshot-delay 20000
shot guide-4-results.png --page results --open "$BUNDLE" --select-run "$(ls "$BUNDLE/runs" | grep -m1 _ort-web_ | sed "s/\.isr$//")" --screenshot-delay 4000
shot guide-5-responsiveness.png --page results --open "$WORK/guide" --chart responsiveness --select-run mobilenetv2_ort-web_wasm_t1_qtwebengine_main_r1 --screenshot-delay 4000
shot guide-6-browsers.png --page results --open "$BUNDLE" --chart browsers --screenshot-delay 5000
shot guide-7-compare.png --page compare --open "$BUNDLE" --chart baseline-rows --screenshot-delay 6000
shot guide-8-report.png --page results --open "$BUNDLE" --report --screenshot-delay 4000
