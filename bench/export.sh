#!/usr/bin/env bash
# The large export: the organization department exports the whole activity log (1,000,000 activities) to Excel.
# Above helituan.export.background-above rows the export is a background job: the script asks for
# /activities/export as the province's admin, follows the job's progress (/exports/{id}/progress, as the page's
# htmx does) until it ends, downloads the file, and prints one RESULT line: rows, seconds from the request to the
# file being ready, the file's size, and the heap cap. Loopback only; heap capped at 512 MB (JAVA_OPTS).
#
#   bench/export.sh             # against an app already running on $BASE_URL, seeded as below
#   START=1 bench/export.sh     # starts ./run.sh on an embedded PostgreSQL in $DATA_DIR with a generated roster of
#                               # $MEMBERS, seeds $ACTIVITIES activities (bench/activities.sql, once per data dir),
#                               # exports, stops it
#
# Environment (defaults): BASE_URL (http://127.0.0.1:8094), DATA_DIR (/tmp/helituan-jobs), DB_PORT (54494),
# MEMBERS (30000), SEED (42), ACTIVITIES (1000000), TARGET_SECONDS (120), PSQL (psql).
set -euo pipefail

BASE_URL=${BASE_URL:-http://127.0.0.1:8094}
DATA_DIR=${DATA_DIR:-/tmp/helituan-jobs}
DB_PORT=${DB_PORT:-54494}
TARGET_SECONDS=${TARGET_SECONDS:-120}
export JAVA_OPTS="${JAVA_OPTS:-} -Xmx512m"
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"

if [ -n "${START:-}" ]; then
    start_app prov-admin
    echo "seeding $ACTIVITIES activities (once per data dir; a few minutes the first time)"
    "$PSQL" -X -q -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -v n="$ACTIVITIES" -f "$HERE/activities.sql"
fi
sql() { "$PSQL" -X -q -t -A -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -c "$1"; }
COOKIE=$(login prov-admin)
ROWS=$(sql "select count(*) from activity")
echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), cpu probe $(probe); $ROWS activities"

t0=$(date +%s%N)
location=$(curl -sS --max-time 600 -b "$COOKIE" -o /dev/null -w '%{redirect_url}' "$BASE_URL/activities/export")
case "$location" in
    */exports/*) ;;
    *) echo "the export was not queued (redirected to '$location')" >&2; exit 1 ;;
esac
id=${location##*/}
echo "queued as job $id"
last=
while :; do
    headers=$(curl -sS --max-time 10 -b "$COOKIE" -D - -o "$WORK/progress.html" "$BASE_URL/exports/$id/progress")
    grep -qi '^hx-refresh: true' <<<"$headers" && break
    done_rows=$(grep -o 'data-done="[0-9]*"' "$WORK/progress.html" | grep -o '[0-9]*' || true)
    if [ "$done_rows" != "$last" ]; then
        echo "  $(( ($(date +%s%N) - t0) / 1000000000 )) s: $done_rows rows"
        last=$done_rows
    fi
    sleep 1
done
t1=$(date +%s%N)
status=$(sql "select status || ' ' || done || ' ' || coalesce(result_size, 0) from background_job where id = $id")
read -r state done_rows size <<<"$status"
curl -sS --max-time 600 -b "$COOKIE" -o "$WORK/export.xlsx" "$BASE_URL/exports/$id/file"
seconds=$(awk -v t=$((t1 - t0)) 'BEGIN { printf "%.1f", t / 1e9 }')
echo "RESULT export-activities state=$state rows=$done_rows seconds=$seconds file=$((size / 1024 / 1024))MB" \
    "downloaded=$(($(stat -c %s "$WORK/export.xlsx") / 1024 / 1024))MB heap=-Xmx512m"
[ "$state" = DONE ] && awk -v s="$seconds" -v t="$TARGET_SECONDS" 'BEGIN { exit !(s < t) }'
