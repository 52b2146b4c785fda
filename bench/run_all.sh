#!/usr/bin/env bash
# Runs the benchmarks whose goals are ratios measured in one run and writes their table into
# bench/README.md (between the "scaling" markers), with the command, the machine and the date.
#   bash bench/run_all.sh [--pairs N] [--runs R]     (defaults: 5 pairs, a 500-run bundle)
# Needs a build (scripts/setup.sh). About a minute on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=build/bin/inferscope_bench_scaling
[[ -x $bin ]] || { echo "No $bin: build first (bash scripts/setup.sh)" >&2; exit 1; }
table=$(mktemp)
trap 'rm -f "$table"' EXIT
QT_QPA_PLATFORM=offscreen "$bin" "$@" > "$table"
{
    echo "<!-- scaling:begin (written by bench/run_all.sh; do not edit by hand) -->"
    echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')) with"
    echo "\`bash bench/run_all.sh $*\`: each ratio is the median over interleaved pairs (reference, subject, ...), the range"
    echo "is over those pairs; one run of this machine, so read the ratios, not the milliseconds."
    echo
    cat "$table"
    echo "<!-- scaling:end -->"
} > "$table.md"
python3 - "$table.md" <<'PY'
import re, sys, pathlib
readme = pathlib.Path("bench/README.md")
text = readme.read_text()
block = pathlib.Path(sys.argv[1]).read_text().rstrip("\n")
pattern = re.compile(r"<!-- scaling:begin.*?<!-- scaling:end -->", re.S)
if pattern.search(text):
    text = pattern.sub(lambda _: block, text)
else:
    text = text.rstrip("\n") + "\n\n## Scaling goals (issue 14)\n\n" + block + "\n"
readme.write_text(text)
PY
rm -f "$table.md"
cat "$table"
