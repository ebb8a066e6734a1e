#!/usr/bin/env bash
# Load test of the member list: logs in with curl, then runs wrk (16 connections, 2 threads, 20 s per URL) against
# the list, a deep page, two searches and a unit filter as an org admin, and the list as a group leader.
# Prints one RESULT line per URL (p50/p75/p90/p95/p99, requests/s, non-200 count) and fails when any response was
# not 200 or p95 is over the target. Loopback only. See docs/performance.md for the data and the figures.
#
#   bench/members.sh             # against an app already running on 127.0.0.1:18080 with generated members
#   START=1 bench/members.sh     # starts ./run.sh on an embedded PostgreSQL in $DATA_DIR, generates $MEMBERS
#                                # members with $SEED (once per data dir), measures, stops it
#
# Environment (defaults): BASE_URL (http://127.0.0.1:18080), DURATION (20s), WARMUP (15s per URL, before measuring),
# CONNECTIONS (16), THREADS (2), ADMIN_USER (prov-admin), LEADER_USER (prov-leader), PASSWORD (demo1234), SURNAME (王),
# SPECIALTY (茶叶种植), DEEP_PAGE (700), UNIT (first city sub-team "…市分团" found in the unit filter),
# TARGET_P95_MS (100), START, DATA_DIR (/tmp/helituan-bench), DB_PORT (54410), MEMBERS (30000), SEED (42).
set -euo pipefail

BASE_URL=${BASE_URL:-http://127.0.0.1:18080}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-15s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
ADMIN_USER=${ADMIN_USER:-prov-admin}
LEADER_USER=${LEADER_USER:-prov-leader}
PASSWORD=${PASSWORD:-demo1234}
SURNAME=${SURNAME:-王}
SPECIALTY=${SPECIALTY:-茶叶种植}
DEEP_PAGE=${DEEP_PAGE:-700}
TARGET_P95_MS=${TARGET_P95_MS:-100}
DATA_DIR=${DATA_DIR:-/tmp/helituan-bench}
MEMBERS=${MEMBERS:-30000}
SEED=${SEED:-42}
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
APP_PID=

cleanup() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        echo "stopping the app (pid $APP_PID)"
        kill "$APP_PID"
        for _ in $(seq 1 100); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

case "$BASE_URL" in
    http://127.0.0.1:*|http://localhost:*) ;;
    *) echo "BASE_URL must be on loopback (http://127.0.0.1:PORT), not $BASE_URL" >&2; exit 2 ;;
esac
command -v wrk >/dev/null || { echo "wrk is not installed" >&2; exit 2; }

urlencode() {
    local LC_ALL=C s=$1 out= c i
    for ((i = 0; i < ${#s}; i++)); do
        c=${s:i:1}
        case "$c" in
            [a-zA-Z0-9.~_-]) out+=$c ;;
            *) out+=$(printf '%%%02X' "'$c") ;;
        esac
    done
    printf '%s' "$out"
}

# Logs in as $1 and prints the session cookie ("JSESSIONID=..."); fails on a wrong password or a forced change.
login() {
    local user=$1 jar=$WORK/$1.cookies token location
    token=$(curl -sS --max-time 10 -c "$jar" -b "$jar" "$BASE_URL/login" \
        | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)"/\1/')
    [ -n "$token" ] || { echo "no CSRF token on $BASE_URL/login" >&2; return 1; }
    location=$(curl -sS --max-time 10 -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' \
        --data-urlencode "username=$user" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" \
        "$BASE_URL/login")
    case "$location" in
        *login*|*password*|'') echo "login as $user failed (redirected to '$location')" >&2; return 1 ;;
    esac
    awk '$6 == "JSESSIONID" { print "JSESSIONID=" $7 }' "$jar" | tail -1
}

wait_for_login() {
    local deadline=$((SECONDS + ${1:-600}))
    until curl -s --max-time 2 -o /dev/null "$BASE_URL/login"; do
        [ $SECONDS -lt $deadline ] || { echo "the app did not answer on $BASE_URL" >&2; return 1; }
        sleep 0.5
    done
    # the generator runs before the web server answers; its admin logging in proves the roster is there
    until login "$ADMIN_USER" >/dev/null 2>&1; do
        [ $SECONDS -lt $deadline ] || { echo "$ADMIN_USER cannot log in: is the roster generated?" >&2; return 1; }
        sleep 1
    done
}

if [ -n "${START:-}" ]; then
    port=${BASE_URL##*:}
    echo "starting ./run.sh on port $port, data in $DATA_DIR, $MEMBERS generated members (seed $SEED), log $DATA_DIR.log"
    "$HERE/../run.sh" --server.port="$port" --helituan.data-dir="$DATA_DIR" \
        --helituan.embedded-db.port="${DB_PORT:-54410}" \
        --helituan.generate.members="$MEMBERS" --helituan.generate.seed="$SEED" > "$DATA_DIR.log" 2>&1 &
    APP_PID=$!   # run.sh ends by exec-ing java, so this is the application's pid
    wait_for_login 900
fi

ADMIN_COOKIE=$(login "$ADMIN_USER")
LEADER_COOKIE=$(login "$LEADER_USER")
if [ -z "${UNIT:-}" ]; then
    UNIT=$(curl -sS --max-time 10 -b "$ADMIN_COOKIE" "$BASE_URL/members" \
        | grep -o '<option value="[0-9]*"[^>]*>[^<]*市分团</option>' | head -1 | sed 's/.*value="\([0-9]*\)".*/\1/')
    [ -n "$UNIT" ] || { echo "no city sub-team in the unit filter: set UNIT" >&2; exit 1; }
fi

# label, role, path
RUNS=(
    "list admin /members"
    "deep-page admin /members?page=$DEEP_PAGE"
    "q-surname admin /members?q=$(urlencode "$SURNAME")"
    "q-specialty admin /members?q=$(urlencode "$SPECIALTY")"
    "unit-filter admin /members?unit=$UNIT"
    "list-leader leader /members"
)

# CPU seconds used so far: the whole machine (busy), the application (APP_PID, when known) and every postgres
# process; what is left is wrk, the kernel and whatever else runs on the machine (other users skew the figures).
APP_CPU_PID=${APP_PID:-$(ss -ltnp 2>/dev/null | grep ":${BASE_URL##*:} " | grep -o 'pid=[0-9]*' | head -1 \
    | cut -d= -f2)}
cpu_now() {   # in clock ticks (1/100 s): machine busy, application, postgres
    local app=0 pg=0 p
    read -r _ user nice system _ <<<"$(head -1 /proc/stat)"
    [ -n "$APP_CPU_PID" ] && app=$(awk '{ print $14 + $15 }' "/proc/$APP_CPU_PID/stat" 2>/dev/null || echo 0)
    for p in $(pgrep -x postgres); do
        pg=$((pg + $(awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null || echo 0)))
    done
    echo "$((user + nice + system)) $app $pg"
}
seconds() { awk -v t="$1" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t / hz }'; }

# A fixed piece of work timed on one core: on a shared machine it shows how fast the CPU was for this run.
probe() {
    local t0 t1
    t0=$(date +%s%N)
    awk 'BEGIN { for (i = 0; i < 20000000; i++) s += i }'
    t1=$(date +%s%N)
    echo "$(( (t1 - t0) / 1000000 )) ms"
}

echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), cpu probe $(probe);" \
    "wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
failed=0
for pass in warmup measure; do
    for run in "${RUNS[@]}"; do
        read -r label role path <<<"$run"
        cookie=$ADMIN_COOKIE
        [ "$role" = leader ] && cookie=$LEADER_COOKIE
        duration=$DURATION
        [ $pass = warmup ] && duration=$WARMUP
        read -r m0 a0 p0 <<<"$(cpu_now)"
        out=$(BENCH_COOKIE=$cookie BENCH_LABEL="$label" timeout 120 wrk -t"$THREADS" -c"$CONNECTIONS" \
            -d"$duration" --timeout 5s --latency -s "$HERE/members.lua" "$BASE_URL$path")
        read -r m1 a1 p1 <<<"$(cpu_now)"
        [ $pass = warmup ] && continue
        echo "$out" | grep -E '^(RESULT|FIRST_NOT_200)' | sed "s|\$| $role $path|"
        rest=$((m1 - m0 - a1 + a0 - p1 + p0))
        echo "CPU    $label: machine $(seconds $((m1 - m0))) s, app $(seconds $((a1 - a0))) s," \
            "postgres $(seconds $((p1 - p0))) s, rest (wrk, kernel, others) $(seconds $rest) s"
        result=$(echo "$out" | grep '^RESULT')
        not200=$(echo "$result" | sed 's/.*not200=\([0-9]*\).*/\1/')
        socket=$(echo "$result" | sed 's/.*socket_errors=\([0-9]*\).*/\1/')
        p95=$(echo "$result" | sed 's/.*p95=\([0-9.]*\)ms.*/\1/')
        requests=$(echo "$result" | sed 's/.*requests=\([0-9]*\).*/\1/')
        if [ "${requests:-0}" = 0 ]; then
            echo "FAIL $label: no request completed" >&2
            failed=1
        fi
        if [ "$not200" != 0 ] || [ "$socket" != 0 ]; then
            echo "FAIL $label: $not200 responses were not 200, $socket socket errors" >&2
            failed=1
        fi
        if awk -v p="$p95" -v t="$TARGET_P95_MS" 'BEGIN { exit !(p > t) }'; then
            echo "FAIL $label: p95 ${p95} ms is over ${TARGET_P95_MS} ms" >&2
            failed=1
        fi
    done
done
echo "# done $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg), cpu probe $(probe)"
exit $failed
