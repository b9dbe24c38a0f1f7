#!/usr/bin/env bash
# One commission, two workstations (issue 17): a private PostgreSQL cluster on loopback, the demo data loaded into
# it once, and two consoles on the same database, signed in as two officials: 李监督 (li, supervisor of 张店区) files
# a request in one, 王主任 (wang, supervisor of 淄博市) approves it in the other.
#   HC_PG_DEMO_DIR  the cluster's folder (default ~/.local/share/hc-console/postgres)
#   HC_PG_DEMO_PORT its loopback port (default 55432)
# Without a display both consoles run under Xvfb and save their panes to screenshots/pg-li and screenshots/pg-wang.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh -DHC_TESTS=OFF -DHC_BENCH=OFF
DIR="${HC_PG_DEMO_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/hc-console/postgres}"
PORT="${HC_PG_DEMO_PORT:-55432}"
fresh=1; [ -f "$DIR/data/PG_VERSION" ] && fresh=0
URI=$(bash scripts/pg-cluster.sh start "$DIR" "$PORT")
export PGPASSFILE="$DIR/pgpass"   # libpq's password file, written by pg-cluster.sh (0600)
if [ "$fresh" = 1 ]; then
  build/app/cli/hcctl --db "$URI" db init
  HCCTL_PASSWORD=demo-password bash scripts/demo-data.sh build/app/cli/hcctl "$URI"
fi
echo "Database: $URI (cluster in $DIR; stop it with: bash scripts/pg-cluster.sh stop $DIR)"
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  export XDG_RUNTIME_DIR="${TMPDIR:-/tmp}/hc-console-runtime-$(id -u)"; mkdir -p -m 700 "$XDG_RUNTIME_DIR"
fi
export HC_KEY_PASSPHRASE="${HC_KEY_PASSPHRASE:-demo-key-passphrase}" HCCTL_PASSWORD=demo-pass-2022
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "No display: both consoles run under Xvfb and save their panes to screenshots/pg-li and screenshots/pg-wang."
  xvfb-run -a -s "-screen 0 1600x1000x24" build/app/console/hc-console --db "$URI" --user li --screenshots screenshots/pg-li &
  xvfb-run -a -s "-screen 0 1600x1000x24" build/app/console/hc-console --db "$URI" --user wang --screenshots screenshots/pg-wang
  wait
  exit 0
fi
build/app/console/hc-console --db "$URI" --user li &
exec build/app/console/hc-console --db "$URI" --user wang
