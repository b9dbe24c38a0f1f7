#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for SECONDS (default 60), not in CI.
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-60}"
CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHC_GUI=OFF -DHC_TESTS=OFF \
  -DHC_BENCH=OFF -DHC_FUZZ=ON -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
cmake --build build-fuzz --target fuzz_nationallist fuzz_divisioncsv fuzz_codeparser
for t in nationallist divisioncsv codeparser; do
  work=$(mktemp -d); cp tests/fuzz/corpus/$t/* "$work/"
  ASAN_OPTIONS=detect_leaks=0 build-fuzz/tests/fuzz/fuzz_$t "$work" -max_total_time="$secs" -max_len=20000 2>&1 | tail -n 1
  rm -rf "$work"
done
