#!/bin/sh
# Starts PostgreSQL the way the official image does for what Testcontainers passes: on the first start
# a cluster owned by POSTGRES_USER with POSTGRES_PASSWORD and a database POSTGRES_DB; then
# `postgres [-c name=value …]` in the foreground, listening on every interface of the container.
set -eu
: "${POSTGRES_USER:=postgres}"
: "${POSTGRES_DB:=$POSTGRES_USER}"
bin=/usr/lib/postgresql/15/bin

if [ -z "${POSTGRES_PASSWORD:-}" ]; then
  echo "POSTGRES_PASSWORD is required (connections from outside the container need it)" >&2
  exit 1
fi

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  # The password goes through a file, never the command line, where `ps` would show it.
  pwfile=$(mktemp)
  printf '%s' "$POSTGRES_PASSWORD" > "$pwfile"
  # --no-sync: a throwaway test database; a crash of the container loses the container anyway.
  "$bin/initdb" -D "$PGDATA" -U "$POSTGRES_USER" --pwfile="$pwfile" -E UTF8 --no-locale \
    --auth-local=trust --auth-host=scram-sha-256 --no-sync >/dev/null
  rm -f "$pwfile"
  echo "host all all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
  if [ "$POSTGRES_DB" != postgres ]; then
    echo "CREATE DATABASE \"$POSTGRES_DB\"" | "$bin/postgres" --single -D "$PGDATA" postgres >/dev/null
  fi
fi

if [ "${1:-}" = postgres ]; then
  shift
fi
# jit=off: the image leaves LLVM out (see the Dockerfile).
exec "$bin/postgres" -D "$PGDATA" -c listen_addresses='*' -c jit=off "$@"
