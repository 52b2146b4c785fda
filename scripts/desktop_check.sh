#!/bin/bash
# Issue 24 by a real window manager: on Xvfb with openbox, a plan started from the workbench shows one window on
# screen while it measures (the measuring view is mapped beyond every screen edge), Ctrl+Q asks, and Return
# stops the plan keeping the finished runs and ends the process. Needs xdotool and openbox (scripts/apt-packages.txt).
source "$(dirname "$0")/common.sh"
set +e # a check that reports, not a build step
BIN="$BUILD_DIR/bin/inferscope"
export DISPLAY=:${INFERSCOPE_CHECK_DISPLAY:-61}
Xvfb $DISPLAY -screen 0 1600x1000x24 >/dev/null 2>&1 & XP=$!
sleep 1; openbox >/dev/null 2>&1 & OP=$!; sleep 1
W=$(mktemp -d); mkdir -p $W/cfg/InferScope
printf '[runs]\noutputFolder=%s\n' "$W/results" > $W/cfg/InferScope/inferscope.conf
cat > $W/quit.json <<'PLAN'
{"name": "quit", "models": ["blazeface-onnx"], "repetitions": 30,
 "configurations": [{"runtime": "ort-web", "backend": "wasm", "threads": [1]}], "browsers": ["qtwebengine"],
 "policy": {"min_warmup_ms": 2000, "max_warmup_ms": 2000, "samples": 40, "max_sample_ms": 10000, "timeout_ms": 90000}}
PLAN
XDG_CONFIG_HOME=$W/cfg QTWEBENGINE_DISABLE_SANDBOX=1 $BIN --run $W/quit.json > $W/app.log 2>&1 & AP=$!
onscreen() { # windows of the process with a pixel on the 1600x1000 screen
  for w in $(xdotool search --onlyvisible --pid $AP 2>/dev/null); do
    eval $(xdotool getwindowgeometry --shell $w)
    if [ $((X + WIDTH)) -gt 0 ] && [ $X -lt 1600 ] && [ $((Y + HEIGHT)) -gt 0 ] && [ $Y -lt 1000 ]; then echo "$(xdotool getwindowname $w) ${WIDTH}x${HEIGHT}+$X+$Y"; fi
  done
}
for i in $(seq 1 120); do sleep 1; ls $W/results/*/runs/*.isr >/dev/null 2>&1 && break; done
echo "first run stored after ${i}s"
echo "on screen while measuring:"; onscreen | sed 's/^/  /'
echo "mapped (any position): $(xdotool search --onlyvisible --pid $AP | wc -l)"
MAIN=$(xdotool search --onlyvisible --pid $AP --name '^InferScope$' | head -1)
xdotool key --window $MAIN ctrl+q
for i in $(seq 1 100); do xdotool search --onlyvisible --pid $AP --name 'Quit InferScope' >/dev/null && break; sleep 0.2; done
echo "after Ctrl+Q:"; onscreen | sed 's/^/  /'
xdotool key Return
for i in $(seq 1 120); do sleep 1; kill -0 $AP 2>/dev/null || break; done
wait $AP; echo "process ended after ${i}s with rc=$?"
for f in $W/results/*/runs/*.isr; do echo "  $(basename $f)"; done
$BIN inspect $W/results/* 2>/dev/null | grep -E "_r[0-9]" | awk '{print "  "$1, $2, $3}' | head
kill $OP $XP 2>/dev/null; rm -rf $W
