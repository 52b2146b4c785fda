#!/usr/bin/env bash
# The README's first command: set up, build, and start the InferScope workbench.
# Without a display it runs the window on Xvfb, saves a screenshot and says where.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
setup_everything
BIN="$BUILD_DIR/bin/inferscope"
# QtWebEngine's sandbox refuses to run as root; the browser it embeds only loads InferScope's own pages.
[ "$(id -u)" -eq 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    say "Starting the InferScope workbench"
    exec "$BIN" "$@"
fi
OUT_DIR="${INFERSCOPE_OUT:-$ROOT/out}"
mkdir -p "$OUT_DIR"
shot="$OUT_DIR/workbench.png"
say "No display: running the workbench on Xvfb and saving a screenshot"
xvfb-run -a -s "-screen 0 1280x800x24" "$BIN" --screenshot "$shot" "$@"
say "Screenshot of the workbench: $shot"
