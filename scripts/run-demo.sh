#!/usr/bin/env bash
# Fresh Debian 12 → installs what is missing, builds, fills a demo database and opens the console on it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh -DHC_TESTS=OFF -DHC_BENCH=OFF
DB="${HC_DEMO_DB:-${XDG_DATA_HOME:-$HOME/.local/share}/hc-console/demo.sqlite}"
mkdir -p "$(dirname "$DB")"
export HCCTL_PASSWORD="${HCCTL_PASSWORD:-demo-password}"
bash scripts/demo-data.sh build/app/cli/hcctl "$DB"
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  export XDG_RUNTIME_DIR="${TMPDIR:-/tmp}/hc-console-runtime-$(id -u)"; mkdir -p -m 700 "$XDG_RUNTIME_DIR"
fi
# The demo issuer key passphrase, so showing a code does not prompt (a real console asks once a session).
export HC_KEY_PASSPHRASE="${HC_KEY_PASSPHRASE:-demo-key-passphrase}"
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "No display: running under Xvfb and saving screenshots to screenshots/ instead."
  exec xvfb-run -a -s "-screen 0 1600x1000x24" build/app/console/hc-console --db "$DB" --user chen \
    --show-division 370303 --import-national "$(dirname "$DB")/demo-national-2.json" --screenshots screenshots
fi
exec build/app/console/hc-console --db "$DB" --user chen --show-division 370303 --import-national "$(dirname "$DB")/demo-national-2.json"
