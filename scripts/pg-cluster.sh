#!/usr/bin/env bash
# A private PostgreSQL 15 cluster on loopback, for the tests, the benchmarks and the two-consoles demo.
#   scripts/pg-cluster.sh start DIR [PORT]   initdb (once) and start; prints the URI of the database `hc`
#   scripts/pg-cluster.sh stop DIR
# The role `hc` (CREATEDB) logs in with a random password kept in DIR/pgpass (PGPASSFILE), never on a command line.
# HC_PG_FSYNC=off and HC_PG_OPTIONS (more -c settings) are for the test fixture.
# Ports are outside Linux's ephemeral range (32768-60999): a busy suite's own client connections cannot hold them.
# Works as root too (the server then runs as the `postgres` user, which initdb requires).
set -euo pipefail
cmd=${1:?start|stop}; dir=$(realpath -m "${2:?DIR}"); port=${3:-61432}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$PGBIN/initdb" ] || { echo "pg-cluster: PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 2; }
RUN=()
if [ "$(id -u)" = 0 ]; then RUN=(runuser -u postgres --); fi
case "$cmd" in
start)
  mkdir -p "$dir"
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    mkdir -p "$dir/data" && chmod 700 "$dir/data"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir" "$dir/data"
    "${RUN[@]}" "$PGBIN/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 \
      --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  fi
  if ! "${RUN[@]}" "$PGBIN/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    "${RUN[@]}" "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/data/server.log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir/data -c max_connections=300 -c fsync=${HC_PG_FSYNC:-on} ${HC_PG_OPTIONS:-}" \
      start >/dev/null || { echo "pg-cluster: the server did not start on port $port:" >&2;
                            tail -n 15 "$dir/data/server.log" >&2; exit 1; }
  fi
  if [ ! -f "$dir/pgpass" ]; then
    pw=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    "${RUN[@]}" "$PGBIN/psql" -q -h "$dir/data" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
      -c "CREATE ROLE hc LOGIN CREATEDB PASSWORD '$pw'" -c "CREATE DATABASE hc OWNER hc" >/dev/null
    umask 077; echo "127.0.0.1:*:*:hc:$pw" >"$dir/pgpass"
  fi
  echo "postgresql://hc@127.0.0.1:$port/hc"
  ;;
stop)
  [ -f "$dir/data/PG_VERSION" ] && "${RUN[@]}" "$PGBIN/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
  ;;
*) echo "usage: $0 start|stop DIR [PORT]" >&2; exit 2 ;;
esac
