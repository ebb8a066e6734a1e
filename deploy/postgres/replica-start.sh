#!/bin/bash
# The streaming replica: on its first start it copies the primary (pg_basebackup, which also writes the standby's
# settings: -R), then runs as a hot standby that answers read-only queries.
set -euo pipefail
if [ ! -s "$PGDATA/PG_VERSION" ]; then
    until pg_isready -h db -U "$POSTGRES_USER"; do sleep 1; done
    rm -rf "${PGDATA:?}"/*
    PGPASSWORD="$REPLICATION_PASSWORD" pg_basebackup -h db -U replicator -D "$PGDATA" -R -X stream -P
    chmod 700 "$PGDATA"
fi
exec postgres -c hot_standby=on
