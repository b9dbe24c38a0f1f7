#!/usr/bin/env bash
# Two provinces and the reference platform on this machine (README "Two provinces"): hc-platform with a demo CA
# on https://127.0.0.1:8443 serving two national lists, 山东 (console-370303, the demo data, ECDSA) and 北京
# (console-110105, SM2), each set up and synced once. Leaves the platform running and says how to open each console.
#   scripts/two-province-demo.sh [DIR]        (HC_PLATFORM_PORT overrides the port)
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
[ -x build/app/platform/hc-platform ] && [ -x build/app/cli/hcctl ] || { bash scripts/install-deps.sh; bash scripts/build.sh -DHC_TESTS=OFF -DHC_BENCH=OFF; }
dir="${1:-${XDG_DATA_HOME:-$HOME/.local/share}/hc-console/two-provinces}"
port="${HC_PLATFORM_PORT:-8443}"
H="$root/build/app/cli/hcctl"
P="$root/build/app/platform/hc-platform"
export HCCTL_PASSWORD="${HCCTL_PASSWORD:-demo-password}" HC_SECRET_STORE="${HC_SECRET_STORE:-memory}"
[ -e "$dir" ] && { echo "two-province demo: $dir exists; remove it to start again" >&2; exit 1; }
mkdir -p "$dir/lists"
# 山东's demo data first: it dates the two national lists into the demo's period, and the platform serves those.
bash scripts/demo-data.sh "$H" "$dir/shandong.sqlite" > /dev/null
cp "$dir/demo-national-1.json" "$dir/demo-national-2.json" "$dir/lists/"

"$P" --demo "$dir/platform" --port "$port" --setup-only > "$dir/platform-demo.txt"
pass_sd=$(grep -m1 'key passphrase' "$dir/platform-demo.txt" | awk '{print $NF}')
pass_bj=$(grep 'key passphrase' "$dir/platform-demo.txt" | sed -n 2p | awk '{print $NF}')
"$P" --dir "$dir/platform" --port "$port" --national "$dir/lists" > "$dir/platform.log" 2>&1 &
echo $! > "$dir/platform.pid"
for _ in $(seq 50); do grep -q "listening on" "$dir/platform.log" && break; sleep 0.2; done

# 山东: the console's demo data (tickets, case batches, declarations, made above), connected and synced.
echo "$pass_sd" | "$H" --db "$dir/shandong.sqlite" --user admin sync setup "$dir/platform/consoles/console-370303" --passphrase-stdin
echo "$pass_sd" | "$H" --db "$dir/shandong.sqlite" --user admin sync now --passphrase-stdin

# 北京: a new commission with one official of every role, on the SM2/SM3 profile.
B() { "$H" --db "$dir/beijing.sqlite" "$@"; }
B init --admin admin --display-name "演示管理员" > /dev/null
B --user admin commission set --division 110105 --name "北京市朝阳区卫生健康委员会" > /dev/null
HCCTL_NEW_PASSWORD="$HCCTL_PASSWORD" B --user admin user add chen --display-name "陈演示" \
  --roles operator,reviewer,epidemiologist,supervisor,auditor --jurisdiction 11 > /dev/null
echo "$pass_bj" | B --user admin sync setup "$dir/platform/consoles/console-110105" --profile sm --passphrase-stdin
echo "$pass_bj" | B --user admin sync now --passphrase-stdin

# A contact hand-off (协查, docs/handoffs.md): a 北京 resident in 山东's data scanned at a venue of 山东's second case
# report; applying it hands them to 北京 (sealed to 北京's SM2 key, relayed by the platform), where chen accepts it:
# the resident turns red with 山东's commission as the source.
SQ() { sqlite3 -batch -noheader "$dir/shandong.sqlite" "$1"; }
batch2=$(SQ "SELECT id FROM case_batch WHERE status = 'imported' ORDER BY id LIMIT 1")
bj=$(SQ "SELECT id FROM holder WHERE home_division LIKE '110105%' ORDER BY id LIMIT 1")
[ -n "$bj" ] || bj=$(SQ "SELECT id FROM holder WHERE home_division LIKE '11%' ORDER BY id LIMIT 1")
read -r venue from to <<<"$(SQ "SELECT venue_code, from_at, to_at FROM case_row WHERE batch_id = $batch2 AND venue_code <> '' ORDER BY line LIMIT 1" | tr '|' ' ')"
if [ -n "$batch2" ] && [ -n "$bj" ] && [ -n "$venue" ]; then
  SQ "INSERT INTO scan_record(holder_id, venue_code, division_code, at, color) SELECT $bj, '$venue',
      (SELECT division_code FROM scan_record WHERE venue_code = '$venue' LIMIT 1), $to - 600, color FROM holder WHERE id = $bj"
  "$H" --db "$dir/shandong.sqlite" --user chen cases apply "$batch2" > /dev/null
  echo "$pass_sd" | "$H" --db "$dir/shandong.sqlite" --user admin sync now --passphrase-stdin > /dev/null
  echo "$pass_bj" | B --user admin sync now --passphrase-stdin > /dev/null
  handoff=$(B --user chen handoff list --direction in --json | python3 -c 'import json,sys; h=json.load(sys.stdin)["handoffs"]; print(h[0]["id"] if h else "")')
  if [ -n "$handoff" ]; then
    B --user chen handoff accept "$handoff"
    echo "$pass_bj" | B --user admin sync now --passphrase-stdin > /dev/null
    echo "$pass_sd" | "$H" --db "$dir/shandong.sqlite" --user admin sync now --passphrase-stdin > /dev/null
  fi
fi

cat <<TXT

Platform: https://127.0.0.1:$port (pid $(cat "$dir/platform.pid"); log $dir/platform.log; stop: kill \$(cat $dir/platform.pid))
Open each province's console (user chen, password $HCCTL_PASSWORD); the sync pane asks for the key passphrase:
  山东 console-370303 (ECDSA P-256): passphrase $pass_sd
    build/app/console/hc-console --db $dir/shandong.sqlite --user chen
  北京 console-110105 (SM2/SM3):     passphrase $pass_bj
    build/app/console/hc-console --db $dir/beijing.sqlite --user chen
The hand-off: 北京's 协查任务 pane (or: hcctl handoff list --direction in), 山东's sent hand-offs (--direction out).
From the command line, e.g.:
  echo $pass_sd | build/app/cli/hcctl --db $dir/shandong.sqlite --user chen sync now --passphrase-stdin --json
  build/app/cli/hcctl --db $dir/shandong.sqlite sync status --json
TXT
