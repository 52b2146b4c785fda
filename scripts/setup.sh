#!/usr/bin/env bash
# Installs everything InferScope needs (Debian and npm packages) and builds it. Safe to run again.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
setup_everything "$@"
say "Done: $BUILD_DIR/bin/inferscope"
