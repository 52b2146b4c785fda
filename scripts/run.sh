#!/usr/bin/env bash
# The README's first command: set up, build, and run InferScope's main job, the default experiment
# plans/quick.json (embedded browser + native baseline), then show its results: in the workbench when
# there is a display, otherwise as a summary table plus a screenshot of the Results page (Xvfb).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
setup_everything
BIN="$BUILD_DIR/bin/inferscope"
# QtWebEngine's sandbox refuses to run as root; the browser it embeds only loads InferScope's own pages.
[ "$(id -u)" -eq 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
OUT_DIR="${INFERSCOPE_OUT:-$ROOT/out}"
bundle="$OUT_DIR/quick-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT_DIR"
say "Running plans/quick.json (a few minutes; Ctrl-C stops, the same command with --out $bundle resumes)"
# Chromium's start-up chatter about GPU and sandbox goes to a log, not the terminal.
"$BIN" run "$ROOT/plans/quick.json" --out "$bundle" --summary-json "$bundle/summary.json" 2> "$OUT_DIR/quick-stderr.log"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    say "Opening the results in the workbench"
    exec "$BIN" --page results --open "$bundle" "$@"
fi
shot="$OUT_DIR/workbench-results.png"
xvfb-run -a -s "-screen 0 1280x800x24" "$BIN" --page results --open "$bundle" --screenshot "$shot" "$@" 2>> "$OUT_DIR/quick-stderr.log"
say "Results: $bundle (summary: $bundle/summary.json); screenshot of the Results page: $shot"
