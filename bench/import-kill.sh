#!/usr/bin/env bash
# kill -9 during an import (issue 20, docs/performance.md "Kill -9 during an import"): uploads a roster of ROWS new
# members with bench/import.sh (its file, its upload, its check, its confirm), waits until the confirm's pass is
# running (the import's advisory lock held again after the check, its transaction writing), kill -9's the
# application, stops its embedded PostgreSQL the way a crash does (immediate shutdown: no checkpoint, recovery from
# the WAL at the next start), starts both again and shows:
#   - the member count before the upload and after the restart: equal (the pass is one transaction);
#   - the import record's status after the restart: not IMPORTED (CHECKED: it can be confirmed again).
# With the background jobs (issue 20, "Jobs in the background"), a job interrupted by the kill is marked failed on the
# next start: when the record's page shows a job, the script waits (deadline JOB_WAIT seconds) for it to say failed.
# Before those jobs, the record simply stays CHECKED and the page shows no job; the script says so.
#
#   bench/import-kill.sh                                  # starts ./run.sh on PORT with DATA_DIR, ROWS=100000
#   ROWS=20000 KILL_AFTER=1 bench/import-kill.sh
#   BASE_URL=http://127.0.0.1:8080 APP_PID=12345 bench/import-kill.sh   # an application already running
#
# Environment (defaults): PORT (8092), DATA_DIR (/tmp/helituan-faults), DB_PORT (54392; the embedded PostgreSQL's,
# --helituan.embedded-db.port), ROWS (100000), KILL_AFTER (10: seconds of the pass before the kill), JOB_WAIT (120),
# BASE_URL with APP_PID: an application started elsewhere; it is restarted with its own command line (from
# /proc/APP_PID/cmdline, in its directory), its database found from that command line (--helituan.data-dir,
# --helituan.embedded-db.port) unless PSQL_ARGS is given (e.g. "-h db -U helituan helituan": an external PostgreSQL,
# which is then left running — only the application is killed). JAVA_TOOL_OPTIONS (-Xmx512m, for ./run.sh),
# APP_LOG (/tmp/import-kill-app.log: the application's output, both starts).
# Only loopback. Exits 1 when the counts differ or the record says IMPORTED.
set -euo pipefail
cd "$(dirname "$0")/.."
HERE=$(pwd)

PORT=${PORT:-8092}
DATA_DIR=${DATA_DIR:-/tmp/helituan-faults}
DB_PORT=${DB_PORT:-54392}
ROWS=${ROWS:-100000}
KILL_AFTER=${KILL_AFTER:-10}
JOB_WAIT=${JOB_WAIT:-120}
PASSWORD=${PASSWORD:-demo1234}
export JAVA_TOOL_OPTIONS=${JAVA_TOOL_OPTIONS:--Xmx512m}
WORK=$(mktemp -d)
APP_LOG=${APP_LOG:-${TMPDIR:-/tmp}/import-kill-app.log}
IMPORT_PID=

cleanup() {
    [ -n "$IMPORT_PID" ] && kill "$IMPORT_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

say() { echo "[$(date -u +%T)] $*"; }

if [ -n "${APP_PID:-}" ]; then
    : "${BASE_URL:?BASE_URL goes with APP_PID}"
    [ -r "/proc/$APP_PID/cmdline" ] || { echo "no process $APP_PID" >&2; exit 2; }
    mapfile -d '' COMMAND < "/proc/$APP_PID/cmdline"
    APP_DIR=$(readlink "/proc/$APP_PID/cwd")
    for arg in "${COMMAND[@]}"; do
        case "$arg" in
            --helituan.data-dir=*) DATA_DIR=${arg#*=} ;;
            --helituan.embedded-db.port=*) DB_PORT=${arg#*=} ;;
        esac
    done
    case "$DATA_DIR" in /*) ;; *) DATA_DIR=$APP_DIR/$DATA_DIR ;; esac
    STARTED_HERE=
else
    BASE_URL=http://127.0.0.1:$PORT
    COMMAND=("$HERE/run.sh" --server.port="$PORT" --helituan.data-dir="$DATA_DIR"
        --helituan.embedded-db.port="$DB_PORT")
    APP_DIR=$HERE
    STARTED_HERE=yes
fi
case "$BASE_URL" in
    http://127.0.0.1:*|http://localhost:*) ;;
    *) echo "BASE_URL must be on loopback, not $BASE_URL" >&2; exit 2 ;;
esac
EMBEDDED=
if [ -z "${PSQL_ARGS:-}" ]; then
    PSQL_ARGS="-h 127.0.0.1 -p $DB_PORT -U postgres -d postgres"
    EMBEDDED=$DATA_DIR/pg
fi
# the import's advisory lock held (persistence/imports/JpaImportStoreImpl.IMPORT_LOCK, "import" in ASCII)
IMPORT_LOCK="locktype = 'advisory' and granted and (classid::bigint << 32 | objid::bigint) = x'696d706f7274'::bigint"
# shellcheck disable=SC2086
sql() { psql -X -q -A -t $PSQL_ARGS -c "$1"; }

start_app() {
    say "starting: ${COMMAND[*]} (log $APP_LOG)"
    (cd "$APP_DIR" && exec "${COMMAND[@]}") >> "$APP_LOG" 2>&1 &
    APP_PID=$!   # run.sh ends by exec-ing java, as does a java command line: this is the application's pid
    local deadline=$((SECONDS + 900))
    until curl -s --max-time 2 -o /dev/null "$BASE_URL/login"; do
        if ! kill -0 "$APP_PID" 2>/dev/null || [ $SECONDS -ge $deadline ]; then
            tail -30 "$APP_LOG" >&2
            echo "the application did not start" >&2
            exit 1
        fi
        sleep 1
    done
    say "answering on $BASE_URL (pid $APP_PID)"
}

# The embedded PostgreSQL left running by the killed JVM, stopped as a crash stops it (SIGQUIT: immediate shutdown).
crash_database() {
    [ -n "$EMBEDDED" ] && [ -f "$EMBEDDED/postmaster.pid" ] || return 0
    local pg
    pg=$(head -1 "$EMBEDDED/postmaster.pid")
    kill -0 "$pg" 2>/dev/null || return 0
    say "embedded PostgreSQL (pid $pg) left running by the killed application: immediate shutdown (SIGQUIT)"
    kill -QUIT "$pg"
    for _ in $(seq 1 100); do kill -0 "$pg" 2>/dev/null || return 0; sleep 0.2; done
    echo "PostgreSQL $pg did not stop" >&2
    exit 1
}

login() {
    local jar=$WORK/cookies token
    rm -f "$jar"
    token=$(curl -sS -c "$jar" -b "$jar" "$BASE_URL/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
        | sed 's/.*value="//;s/"$//')
    curl -sS -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=admin" \
        --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" "$BASE_URL/login"
}
page() { curl -sS -b "$WORK/cookies" -c "$WORK/cookies" "$BASE_URL$1"; }

: > "$APP_LOG"
if [ -n "$STARTED_HERE" ]; then
    if curl -s --max-time 2 -o /dev/null "$BASE_URL/login"; then
        echo "something already answers on $BASE_URL: stop it, or give its APP_PID" >&2
        exit 2
    fi
    start_app
fi

echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); ROWS=$ROWS KILL_AFTER=${KILL_AFTER}s" \
    "JAVA_TOOL_OPTIONS=$JAVA_TOOL_OPTIONS"
members_before=$(sql "select count(*) from member")
last_record=$(sql "select coalesce(max(id), 0) from import_record")
say "before: $members_before members"

# bench/import.sh makes the file, uploads it (the check), then confirms; it fails once the application is killed
say "bench/import.sh: upload, check and confirm $ROWS rows (log $WORK/import.log)"
BASE_URL=$BASE_URL ROWS=$ROWS "$HERE/bench/import.sh" > "$WORK/import.log" 2>&1 &
IMPORT_PID=$!

# the confirm's pass is running when the checked record's pass holds the import's advisory lock again
deadline=$((SECONDS + 900))
record=
while :; do
    [ $SECONDS -lt $deadline ] || { echo "the confirm did not start" >&2; cat "$WORK/import.log" >&2; exit 1; }
    if ! kill -0 "$IMPORT_PID" 2>/dev/null && [ -z "$record" ]; then
        cat "$WORK/import.log" >&2; echo "bench/import.sh ended before the confirm" >&2; exit 1
    fi
    record=$(sql "select id from import_record where id > $last_record order by id limit 1")
    if [ -n "$record" ] && [ "$(sql "select status from import_record where id = $record")" = CHECKED ] \
        && [ "$(sql "select count(*) from pg_locks where $IMPORT_LOCK")" != 0 ]; then
        break
    fi
    sleep 0.2
done
wal_start=$(sql "select pg_current_wal_lsn()")
say "record $record checked; its confirm holds the import's lock: the pass is running"
sleep "$KILL_AFTER"
sql "select 'the pass: transaction ' || coalesce(backend_xid::text, '(none yet)') || ', ' || state || ' for '
     || round(extract(epoch from now() - xact_start)::numeric, 1) || ' s; WAL written since its lock: '
     || pg_size_pretty(pg_current_wal_lsn() - '$wal_start'::pg_lsn)
     from pg_stat_activity where backend_type = 'client backend' and xact_start is not null and pid in
     (select pid from pg_locks where $IMPORT_LOCK)" | sed "s/^/[$(date -u +%T)] /"
say "committed members meanwhile: $(sql "select count(*) from member") (the pass's rows are not committed)"

say "kill -9 $APP_PID"
kill -9 "$APP_PID"
while kill -0 "$APP_PID" 2>/dev/null; do sleep 0.1; done
wait "$IMPORT_PID" 2>/dev/null || true
IMPORT_PID=
say "bench/import.sh: $(tail -1 "$WORK/import.log")"
crash_database

log_lines=$(wc -l < "$APP_LOG")
start_app
tail -n +"$log_lines" "$APP_LOG" | grep -oE 'database system was not properly shut down.*|redo (starts|done) at [^ ]*' \
    | sed "s/^/[$(date -u +%T)] PostgreSQL: /" || true
members_after=$(sql "select count(*) from member")
status=$(sql "select status from import_record where id = $record")
say "after the restart: $members_after members (before: $members_before); record $record is $status"
login
shown=$(page "/imports/$record")
if echo "$shown" | grep -q 'id="confirm"'; then
    say "its page offers the confirm again"
fi
# a job on the page (the background jobs): wait for it to be marked failed
if echo "$shown" | grep -qiE 'role="progressbar"|id="job'; then
    deadline=$((SECONDS + JOB_WAIT))
    until echo "$shown" | grep -qE '失败|未写入'; do
        if [ $SECONDS -ge $deadline ]; then
            echo "FAIL: the interrupted job is not shown failed after ${JOB_WAIT}s" >&2
            exit 1
        fi
        sleep 2
        shown=$(page "/imports/$record")
    done
    say "its page shows the interrupted job failed: $(echo "$shown" | grep -oE '[^<>]*(失败|未写入)[^<>]*' | head -1 \
        | sed 's/^ *//')"
else
    say "its page shows no job (the pass ran inside the confirm request)"
fi

failed=0
if [ "$members_after" != "$members_before" ]; then
    echo "FAIL: $members_before members before, $members_after after" >&2
    failed=1
fi
if [ "$status" = IMPORTED ]; then
    echo "FAIL: the record says IMPORTED" >&2
    failed=1
fi
[ $failed = 0 ] && say "OK: no half-written rows, the import not marked imported"
if [ -n "$STARTED_HERE" ]; then
    say "stopping the application (pid $APP_PID)"
    kill "$APP_PID"
    for _ in $(seq 1 150); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
fi
exit $failed
