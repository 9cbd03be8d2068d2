#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1 for the PostgreSQL test suite and CI.
#   eval "$(scripts/pg-test-server.sh start)"   # prints: export TEST_DATABASE_URL=… PG_TEST_DIR=…
#   scripts/pg-test-server.sh stop "$PG_TEST_DIR"
# Needs Debian's postgresql package (apt-get install -y postgresql). Runs the server as the
# 'postgres' system user when started as root, since PostgreSQL refuses to run as root.
set -euo pipefail

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] || { echo "PostgreSQL is not installed: apt-get install -y postgresql" >&2; exit 1; }
  echo "$dir"
}

as_pg() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

case "${1:-}" in
  start)
    bin=$(pg_bin)
    dir=$(mktemp -d /tmp/vvg-pg-XXXXXX)
    chmod 755 "$dir"
    [ "$(id -u)" = "0" ] && chown postgres:postgres "$dir"
    port=$(free_port)
    as_pg "$bin/initdb" -D "$dir/data" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "export PG_TEST_DIR=$dir"
    echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    dir="${2:-${PG_TEST_DIR:-}}"
    [ -n "$dir" ] && [ -d "$dir/data" ] || { echo "usage: $0 stop PG_TEST_DIR" >&2; exit 1; }
    as_pg "$(pg_bin)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start | stop DIR" >&2
    exit 2
    ;;
esac
