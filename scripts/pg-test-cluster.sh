#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and benchmarks, in a temporary folder, listening
# only on a Unix socket in that folder (and on 127.0.0.1:$HARBOUR_PG_PORT if that is set).
#
#   scripts/pg-test-cluster.sh run CMD [ARG...]   start, run CMD with HARBOUR_TEST_PG set, stop
#   scripts/pg-test-cluster.sh start              start; print the exports (eval "$(… start)")
#   scripts/pg-test-cluster.sh stop DIR           stop the cluster started in DIR and remove it
#
# Uses Debian's /usr/lib/postgresql/*/bin/{initdb,pg_ctl} (package postgresql). initdb refuses
# to run as root, so as root the cluster belongs to the `postgres` user. Durability is off
# (fsync, synchronous_commit) unless HARBOUR_PG_DURABLE=1: the data is thrown away anyway.
set -euo pipefail

bin_dir() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$d" ] || [ ! -x "$d/initdb" ]; then
    echo "pg-test-cluster: PostgreSQL is not installed (apt-get install postgresql, or scripts/setup-tests.sh)" >&2
    exit 1
  fi
  echo "$d"
}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  local bin dir opts
  bin=$(bin_dir)
  dir=$(mktemp -d "${TMPDIR:-/tmp}/harbour-pg.XXXXXX")
  chmod 700 "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$dir"; fi
  as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  opts="-c listen_addresses='' -k $dir -c max_connections=200"
  if [ -n "${HARBOUR_PG_PORT:-}" ]; then
    opts="-c listen_addresses=127.0.0.1 -p $HARBOUR_PG_PORT -k $dir -c max_connections=200"
  fi
  if [ "${HARBOUR_PG_DURABLE:-0}" != 1 ]; then
    opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  fi
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "$opts" -w start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  local port=${HARBOUR_PG_PORT:-5432}
  echo "export HARBOUR_TEST_PG='host=$dir port=$port user=postgres dbname=postgres'"
  echo "export HARBOUR_TEST_PG_DIR='$dir'"
}

stop() {
  local dir=$1 bin
  bin=$(bin_dir)
  case "$dir" in
    "${TMPDIR:-/tmp}"/harbour-pg.*) ;;
    *) echo "pg-test-cluster: $dir is not a cluster this script started" >&2; exit 1 ;;
  esac
  as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:?the cluster folder}" ;;
  run)
    shift
    [ "$#" -gt 0 ] || { echo "usage: $0 run CMD [ARG...]" >&2; exit 2; }
    eval "$(start)"
    trap 'stop "$HARBOUR_TEST_PG_DIR"' EXIT
    export HARBOUR_TEST_PG
    "$@"
    ;;
  *) echo "usage: $0 run CMD [ARG...] | start | stop DIR" >&2; exit 2 ;;
esac
