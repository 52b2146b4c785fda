#!/usr/bin/env bash
# The third way in (README): builds the Debian package, which runs the main job on its own.
#   bash scripts/package.sh                       -> build/packages/inferscope_<version>_amd64.deb (+ -dbgsym)
#   sudo apt install ./build/packages/inferscope_*_amd64.deb
#   inferscope models fetch && inferscope run /usr/share/inferscope/plans/quick.json
# The package carries the pinned JavaScript runtimes it needs (installer/stage_runtimes.cmake), so apt
# pulls only Debian packages (Qt, Node.js; PyTorch and the browsers as recommendations).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_apt_packages
install_npm_packages
build_project
say "Packaging (cpack; a couple of minutes)"
rm -rf "$BUILD_DIR/packages"
(cd "$BUILD_DIR" && cpack -G DEB -B "$BUILD_DIR/packages" >/dev/null)
rm -rf "$BUILD_DIR/packages/_CPack_Packages"
ls -1 "$BUILD_DIR"/packages/*.deb "$BUILD_DIR"/packages/*.ddeb 2>/dev/null
say "Install with: sudo apt install $BUILD_DIR/packages/$(cd "$BUILD_DIR/packages" && ls inferscope_*.deb | head -1)"
