#!/usr/bin/env bash
# Takes a PNG of every pane under Xvfb into docs/screenshots (demo data in a temporary database).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x build/app/console/hc-console ] || bash scripts/build.sh
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export HCCTL_PASSWORD=demo-password HC_KEY_PASSPHRASE=demo-key-passphrase XDG_RUNTIME_DIR="$tmp/run"; mkdir -m 700 "$XDG_RUNTIME_DIR"
bash scripts/demo-data.sh build/app/cli/hcctl "$tmp/demo.sqlite" >/dev/null
# The sync pane with something in it: the demo platform, the console connected and synced once, the platform then gone.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
build/app/platform/hc-platform --demo "$tmp/platform" --port "$port" --setup-only > "$tmp/platform.txt"
pass=$(grep -m1 'key passphrase' "$tmp/platform.txt" | awk '{print $NF}')
mkdir "$tmp/lists" && cp "$tmp/demo-national-1.json" "$tmp/lists/" # the list the demo data applied, dated with it
build/app/platform/hc-platform --dir "$tmp/platform" --port "$port" --national "$tmp/lists" > "$tmp/platform.log" 2>&1 &
platform_pid=$!
for _ in $(seq 50); do grep -q "listening on" "$tmp/platform.log" && break; sleep 0.2; done
export HC_SECRET_STORE=memory
echo "$pass" | build/app/cli/hcctl --db "$tmp/demo.sqlite" --user admin sync setup "$tmp/platform/consoles/console-370303" --passphrase-stdin >/dev/null
echo "$pass" | build/app/cli/hcctl --db "$tmp/demo.sqlite" --user admin sync now --passphrase-stdin >/dev/null
kill "$platform_pid"; wait "$platform_pid" 2>/dev/null || true
# A resident registered while the platform is away (synthetic demo holders send nothing): the change waits.
id17=37030319900101123
id=$id17$(python3 -c "w=[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]; print('10X98765432'[sum(int(c)*x for c,x in zip('$id17',w))%11])")
build/app/cli/hcctl --db "$tmp/demo.sqlite" --user chen holders add --id-number "$id" --name 同步演示 --home 370303001 >/dev/null
echo "$pass" | build/app/cli/hcctl --db "$tmp/demo.sqlite" --user admin sync now --passphrase-stdin >/dev/null 2>&1 || true
out="${1:-docs/screenshots}"; mkdir -p "$out"
# The first page of each report, signed with the demo console's REPORT key (docs/reports.md).
report() {
  local name="$1"; shift
  echo "$pass" | build/app/cli/hcctl --db "$tmp/demo.sqlite" --user chen report "$@" --out "$tmp/$name.zip" --passphrase-stdin >/dev/null
  rm -rf "$tmp/$name" && mkdir "$tmp/$name" && unzip -q "$tmp/$name.zip" -d "$tmp/$name"
  pdftoppm -r 80 -f 1 -l 1 -png "$tmp/$name"/*.pdf "$tmp/$name/page" && cp "$tmp/$name"/page-*1.png "$out/report-$name.png"
}
today=$(TZ=Asia/Shanghai date +%F)
report daily daily --date "$today" --division 370303
report announcement announcement --at "$(TZ=Asia/Shanghai date '+%F %H:%M')" --division 370303
report tickets tickets --month "${today:0:7}" --division 370303
report batch batch 1
# The README's size (HC_SHOT_SIZE=1920x1080 for a large screen); every pane at 1024×700 comes as *-1024x700.png too.
HC_SHOT_SIZE="${HC_SHOT_SIZE:-1280x800}" xvfb-run -a -s "-screen 0 2000x1200x24" build/app/console/hc-console --db "$tmp/demo.sqlite" --user chen \
  --show-division 370303 --import-national "$tmp/demo-national-2.json" --screenshots "$out" ${HC_LANG:+--lang "$HC_LANG"}
ls -1 "$out"/*.png
