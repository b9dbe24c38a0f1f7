#!/usr/bin/env bash
# One commission, two workstations (issue 17): a private PostgreSQL cluster on loopback, the demo data loaded into
# it once, and two consoles on the same database, signed in as two officials: 李监督 (li, supervisor of 张店区) files
# a request in one, 王主任 (wang, supervisor of 淄博市) approves it in the other.
#   HC_PG_DEMO_DIR  the cluster's folder (default ~/.local/share/hc-console/postgres)
#   HC_PG_DEMO_PORT its loopback port (default 61432)
# Without a display both consoles run side by side under Xvfb: screenshots/pg-two-consoles.png.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh -DHC_TESTS=OFF -DHC_BENCH=OFF
DIR="${HC_PG_DEMO_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/hc-console/postgres}"
PORT="${HC_PG_DEMO_PORT:-61432}"
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
  # No display: both consoles side by side on one virtual screen, li files a county declaration (four-eyes) with hcctl,
  # and wang's approvals pane shows it by itself within 2 s (LISTEN/NOTIFY): screenshots/pg-two-consoles.png.
  out=screenshots; mkdir -p "$out"
  n=77; while [ -e "/tmp/.X11-unix/X$n" ]; do n=$((n + 1)); done
  Xvfb ":$n" -screen 0 2048x720x24 >/dev/null 2>&1 & xvfb=$!
  export DISPLAY=":$n"; sleep 1
  build/app/console/hc-console --db "$URI" --user li --pane approvals -geometry 1024x700+0+0 >/dev/null 2>&1 & li=$!
  build/app/console/hc-console --db "$URI" --user wang --pane approvals -geometry 1024x700+1024+0 >/dev/null 2>&1 & wang=$!
  sleep 8
  build/app/cli/hcctl --db "$URI" --user li risk declare 370303 --level medium \
    --from "$(TZ=Asia/Shanghai date '+%Y-%m-%d %H:%M')" --basis "流调" --reason "两台工作站演示：李监督提出，王主任审批" >/dev/null
  sleep 3
  import -window root "$out/pg-two-consoles.png"
  kill "$li" "$wang" "$xvfb" 2>/dev/null || true
  echo "Saved $out/pg-two-consoles.png"
  exit 0
fi
build/app/console/hc-console --db "$URI" --user li &
exec build/app/console/hc-console --db "$URI" --user wang
