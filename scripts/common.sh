# Shared by setup.sh, run.sh and test.sh. Idempotent: each step checks before it acts, so a second
# run on a set-up machine takes seconds.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${INFERSCOPE_BUILD_DIR:-$ROOT/build}"
JOBS="${INFERSCOPE_JOBS:-2}"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_apt_packages() {
    local wanted missing=()
    wanted=$(grep -vE '^\s*(#|$)' "$ROOT/scripts/apt-packages.txt")
    # A Node.js installed outside Debian (nodesource, nvm) is fine: don't fight it with Debian's.
    if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
        wanted=$(echo "$wanted" | grep -vxE 'nodejs|npm')
    fi
    for p in $wanted; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        say "Debian packages: all present"
        return
    fi
    say "Installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

install_npm_packages() {
    # Exact versions from package-lock.json. onnxruntime-node's install script downloads CUDA
    # libraries (impossible offline, and unneeded: the CPU provider ships in the package).
    local stamp="$ROOT/node_modules/.inferscope-lock.sha256"
    local want
    want=$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
        say "npm packages: up to date with package-lock.json"
        return
    fi
    say "Installing npm packages from package-lock.json"
    (cd "$ROOT" && ONNXRUNTIME_NODE_INSTALL=skip npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
    echo "$want" > "$stamp"
}

build_project() {
    say "Building InferScope in $BUILD_DIR"
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    cmake --build "$BUILD_DIR" -j "$JOBS"
}

fetch_default_models() {
    # The zoo's default set (a few seconds each; large models such as VGG16 and ResNet50 are built on
    # demand with `inferscope models fetch ID`). Files land in the model cache, verified by sha256.
    say "Model zoo: building and fetching the default set"
    "$BUILD_DIR/bin/inferscope" models fetch
}

setup_everything() {
    install_apt_packages
    install_npm_packages
    build_project "$@"
    fetch_default_models
}
