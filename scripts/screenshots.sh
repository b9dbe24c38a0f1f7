#!/usr/bin/env bash
# Takes a PNG of every pane under Xvfb into docs/screenshots (demo data in a temporary database).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x build/app/console/hc-console ] || bash scripts/build.sh
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export HCCTL_PASSWORD=demo-password HC_KEY_PASSPHRASE=demo-key-passphrase XDG_RUNTIME_DIR="$tmp/run"; mkdir -m 700 "$XDG_RUNTIME_DIR"
bash scripts/demo-data.sh build/app/cli/hcctl "$tmp/demo.sqlite" >/dev/null
out="${1:-docs/screenshots}"; mkdir -p "$out"
xvfb-run -a -s "-screen 0 1600x1000x24" build/app/console/hc-console --db "$tmp/demo.sqlite" --user chen \
  --show-division 370303 --import-national tests/data/risk-lists/2022110112-6a2871f9.json --screenshots "$out" ${HC_LANG:+--lang "$HC_LANG"}
ls -1 "$out"/*.png
