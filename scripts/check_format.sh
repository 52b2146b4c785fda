#!/usr/bin/env bash
# The format check (ctest format.clang_format, so CI runs it): every C++ file as .clang-format writes it.
# `clang-format -i $(git ls-files '*.cpp' '*.h')` formats them; Debian 12's clang-format 14 is the reference.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || { echo "clang-format is missing: bash scripts/setup.sh installs it" >&2; exit 1; }
mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find app core widgets tests bench -name '*.cpp' -o -name '*.h')
clang-format --dry-run --Werror "${files[@]}"
echo "${#files[@]} files formatted as .clang-format says"
