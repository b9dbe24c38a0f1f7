#!/usr/bin/env bash
# Fresh Debian 12 → installs what is missing, builds (once without any GUI, to keep the core honest, then
# everything) and runs every test. Benchmarks are not run here (scripts/bench.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
export CCACHE_DIR="${CCACHE_DIR:-$PWD/.cache/ccache}"
cmake -S . -B build-nogui -G Ninja -DHC_GUI=OFF -DHC_TESTS=OFF -DHC_BENCH=OFF >/dev/null
cmake --build build-nogui -j"$(nproc)"
bash scripts/build.sh -DHC_TESTS=ON -DHC_BENCH=OFF
cd build && ctest --output-on-failure -j"$(nproc)" -LE bench
