#!/usr/bin/env bash
# Set-up, build and run helper for Rampart on Debian 12.
#   ./dev.sh run [ARGS]   build, then run Rampart on the bundled sample ISMS
#   ./dev.sh test         build with warnings as errors, then run the whole test suite
#   ./dev.sh bench        build in Release and run the benchmarks (tests/bench)
# Missing Debian packages are installed with apt-get (as root, or through sudo);
# packages already there are left alone.
set -euo pipefail
cd "$(dirname "$0")"

BUILD_PACKAGES=(cmake ninja-build g++ qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools
                qt6-l10n-tools libqt6sql6-sqlite libsqlite3-dev qt6-qpa-plugins libgl-dev)
TEST_PACKAGES=(poppler-utils sqlite3 fonts-dejavu-core)
BENCH_PACKAGES=(sqlite3 xvfb xauth)

install_missing() {
    local missing=()
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return
    fi
    echo "dev.sh: installing ${missing[*]}" >&2
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null; then
            sudo=(sudo)
        else
            echo "dev.sh: missing packages (${missing[*]}) and no root or sudo to install them" >&2
            exit 1
        fi
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build() {
    local dir=$1 type=$2 werror=$3
    local launcher=()
    # ccache is used when the machine has it; it is not installed for you.
    if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" -DRAMPART_WERROR="$werror" "${launcher[@]}" >/dev/null
    cmake --build "$dir" -j "$(nproc)"
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
run)
    install_missing "${BUILD_PACKAGES[@]}"
    build build RelWithDebInfo OFF
    sample=build/sample.isms
    if [ ! -f "$sample" ]; then
        build/app/rampart-cli sample "$sample"
    fi
    exec build/app/rampart "$sample" "$@"
    ;;
test)
    install_missing "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    build build RelWithDebInfo ON
    ctest --test-dir build --output-on-failure -j "$(nproc)"
    ;;
bench)
    install_missing "${BUILD_PACKAGES[@]}" "${BENCH_PACKAGES[@]}"
    build build-release Release OFF
    if [ -x build-release/tests/bench/run_benchmarks ]; then
        build-release/tests/bench/run_benchmarks "$@"
    else
        echo "dev.sh: no benchmarks are built yet" >&2
        exit 1
    fi
    ;;
*)
    echo "usage: ./dev.sh run [ARGS] | test | bench" >&2
    exit 2
    ;;
esac
