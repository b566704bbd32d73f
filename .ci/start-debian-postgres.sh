#!/usr/bin/env bash
# Starts a throwaway Debian PostgreSQL cluster on 127.0.0.1:55432 and prints the NETRA_TEST_PG_* exports for it.
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) >&2 || exit 1
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
runas() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
# a cluster left by an earlier run would hold the port
for old in /tmp/netra-ci-pg.*; do
  [ -d "$old/data" ] && runas "$bin/pg_ctl -D $old/data -m fast -w stop" >&2 || true
  rm -rf "$old"
done
dir=$(mktemp -d /tmp/netra-ci-pg.XXXXXX)
chown postgres:postgres "$dir"
runas "$bin/initdb -D $dir/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >&2
runas "$bin/pg_ctl -D $dir/data -l $dir/log -o '-p 55432 -k $dir -c listen_addresses=127.0.0.1' -w start" >&2
runas "$bin/psql -h 127.0.0.1 -p 55432 -U postgres -c \"create user netra password 'netra' createdb\" -c 'create database netra owner netra'" >&2
echo "export NETRA_TEST_PG_URL=jdbc:postgresql://127.0.0.1:55432/netra NETRA_TEST_PG_USER=netra NETRA_TEST_PG_PASSWORD=netra"
