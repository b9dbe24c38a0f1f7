#!/usr/bin/env bash
# CTest fixture of the PostgreSQL half of the suite: a fresh private cluster and the migrated template database
# every test copies (tests/TestDatabase.h).
#   pg-test-fixture.sh start DIR PORT HCCTL | stop DIR
set -euo pipefail
here=$(dirname "$0")
case "${1:?start|stop}" in
start)
  dir=$2; port=$3; hcctl=$4
  bash "$here/pg-cluster.sh" stop "$dir"
  rm -rf "$dir"
  # Test data only: no need to wait for the disk at every commit. The WAL stays small (each test database is a
  # copy of the template, which PostgreSQL 15 otherwise logs whole): CI machines may have little disk.
  HC_PG_FSYNC=off HC_PG_OPTIONS="-c full_page_writes=off -c wal_level=minimal -c max_wal_senders=0 \
    -c max_wal_size=64MB -c min_wal_size=32MB" bash "$here/pg-cluster.sh" start "$dir" "$port" >/dev/null
  PGPASSFILE="$dir/pgpass" psql -q -h 127.0.0.1 -p "$port" -U hc -d hc -c "CREATE DATABASE hc_template"
  PGPASSFILE="$dir/pgpass" "$hcctl" --db "postgresql://hc@127.0.0.1:$port/hc_template" db init
  ;;
stop)
  bash "$here/pg-cluster.sh" stop "$2"
  # The server's log is kept for a failed run; its data are not needed again (the next run starts afresh).
  [ -f "$2/data/server.log" ] && cp "$2/data/server.log" "$2.log"
  rm -rf "$2"
  ;;
esac
