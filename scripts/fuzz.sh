#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) in build-fuzz and runs each for FUZZ_SECONDS (default 60;
# or the first argument) from a copy of its seed corpus (tests/fuzz/corpus/<target>); not in CI.
# Per target it prints executions, exec/s, the corpus it ended with, coverage (cov:/ft: of libFuzzer's last
# status line) and "no finding", or the crash/timeout/oom file, its log and how to minimise it. Exits non-zero on
# any finding.
#   FUZZ_SECONDS=600 scripts/fuzz.sh            all targets, 10 minutes each
#   FUZZ_TARGETS="casejson holderscsv" scripts/fuzz.sh
#   FUZZ_JOBS=2 (build parallelism), FUZZ_MAX_LEN=20000, FUZZ_KEEP=1 (keep the work folders)
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${FUZZ_SECONDS:-${1:-60}}"
targets=(${FUZZ_TARGETS:-nationallist divisioncsv codeparser hotlineexport holderscsv casejson platformrequest})
CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHC_GUI=OFF -DHC_TESTS=OFF \
  -DHC_BENCH=OFF -DHC_FUZZ=ON -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
cmake --build build-fuzz -j "${FUZZ_JOBS:-2}" --target "${targets[@]/#/fuzz_}"

# Leaks are not looked for (detect_leaks=0); an UBSan report stops the target and is a finding, like a crash.
export ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:${UBSAN_OPTIONS:-}"

# The size cap each target's real input path has is checked in the harness (an early return above
# app/core/base/Limits.h's cap); -max_len bounds what the fuzzer generates, far below those caps.
max_len="${FUZZ_MAX_LEN:-20000}"
findings=0
printf '%-22s %6s %10s %8s %8s %7s %7s  %s\n' target secs execs exec/s corpus cov ft result
for t in "${targets[@]}"; do
  work=$(mktemp -d "${TMPDIR:-/tmp}/fuzz-$t.XXXXXX")
  mkdir "$work/corpus" "$work/artifacts"
  cp tests/fuzz/corpus/$t/* "$work/corpus/"
  seeds=$(ls "$work/corpus" | wc -l)
  rc=0
  start=$SECONDS
  (cd "$work" && "$OLDPWD/build-fuzz/tests/fuzz/fuzz_$t" corpus -max_total_time="$secs" -max_len="$max_len" -timeout=10 \
     -print_final_stats=1 -artifact_prefix=artifacts/ >log 2>&1) || rc=$?
  took=$((SECONDS - start))
  # The last status line (#N DONE/pulse/NEW … cov: C ft: F corp: K/…), and the final stats.
  status=$(grep -E '^#[0-9]+' "$work/log" | tail -n 1 || true)
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/log")
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$status")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$status")
  corpus=$(ls "$work/corpus" | wc -l)
  artifact=$(ls "$work/artifacts" 2>/dev/null | head -n 1)
  if [[ $rc -eq 0 && -z "$artifact" ]]; then
    result="no finding (seeds $seeds)"
    [[ -n "${FUZZ_KEEP:-}" ]] || rm -rf "$work"
  else
    findings=$((findings + 1))
    result="FINDING: ${artifact:+$work/artifacts/$artifact }(exit $rc; log $work/log)"
  fi
  printf '%-22s %6s %10s %8s %8s %7s %7s  %s\n' "fuzz_$t" "$took" "${execs:-?}" "${rate:-?}" "$corpus" "${cov:-?}" "${ft:-?}" "$result"
  if [[ $rc -ne 0 || -n "$artifact" ]]; then
    grep -E 'ERROR: |runtime error|fuzz_[a-z]*: |fuzz fixture|SUMMARY' "$work/log" | head -n 5 | sed 's/^/    /'
    [[ -z "$artifact" ]] || echo "    minimise: build-fuzz/tests/fuzz/fuzz_$t -minimize_crash=1 -runs=100000 $work/artifacts/$artifact"
  fi
done
if [[ $findings -gt 0 ]]; then
  echo "$findings target(s) with findings" >&2
  exit 1
fi
