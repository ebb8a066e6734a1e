#!/usr/bin/env bash
# Load test of the dashboard on a province (bench/province.sh's data: 30,000 members, ~3,000 groups in ~300
# sub-teams, 10,000 objects, 1,000,000 activities over five years, 50,000 demands, five years of plans): logs in with
# curl, then runs wrk (16 connections, 2 threads, 20 s per URL) against the dashboard as the province's organization
# department opens it (this year, a month, a quarter, five years), a city's sub-team, a sub-team and a group leader,
# and the API's figures; then generates last month's notification of the whole province three times, timed. Prints
# one RESULT line per URL and fails when a response was not 200, p95 is over the target or the notification took
# over 5 s; then the heap in use (the start with START=1 caps it at 512 MB) and the start-up time. Loopback only.
# See docs/performance.md for the figures.
#
#   bench/dashboard.sh             # against an app already running on $BASE_URL on the province's data
#   START=1 bench/dashboard.sh     # starts ./run.sh (heap capped: JAVA_OPTS=-Xmx512m) on $DATA_DIR, seeds the
#                                  # province there once (bench/province.sh's steps), restarts it to time the
#                                  # start-up, measures, stops it
#
# Environment (defaults): BASE_URL (http://127.0.0.1:18090), DURATION (20s), WARMUP (10s), CONNECTIONS (16),
# THREADS (2), PASSWORD (demo1234), TARGET_P95_MS (100), TARGET_LONG_P95_MS (200, five years by month), START, DATA_DIR (/tmp/helituan-province), DB_PORT (54420),
# MEMBERS (30000), SEED (42), OBJECTS (10000), DEMANDS (50000), RESOURCES (20000), ACTIVITIES (1000000), ONLY (a
# regular expression: measure only the labels it matches), PSQL (psql).
set -euo pipefail

BASE_URL=${BASE_URL:-http://127.0.0.1:18090}
TARGET_LONG_P95_MS=${TARGET_LONG_P95_MS:-200}
DATA_DIR=${DATA_DIR:-/tmp/helituan-province}
DB_PORT=${DB_PORT:-54420}
export JAVA_OPTS="${JAVA_OPTS:-} -Xmx512m"
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"

if [ -n "${START:-}" ]; then
    start_app prov-admin
    seed_province
    # a second start on the seeded database: the start-up time the operators see
    cleanup_app() { kill "$APP_PID"; for _ in $(seq 1 100); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done; }
    cleanup_app
    start_app prov-admin
    grep -o 'Started HelituanApplication in [0-9.]* seconds[^)]*)' "$DATA_DIR.log" | tail -1 | sed 's/^/START  /'
fi

declare -A COOKIES
for role in admin subteam city leader; do
    COOKIES[$role]=$(login "prov-$role")
done
sql() { "$PSQL" -X -q -t -A -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -c "$1"; }
echo "# $(sql "select count(*) from activity") activities, $(sql "select count(*) from unit where kind = 'GROUP'")" \
    "groups, $(sql "select count(*) from activity_tally") tally rows"
YEAR=$(date +%Y)
MONTH=$(date +%Y-%m)
FIVE_YEARS_AGO=$(date -d '4 years ago' +%Y)-01

# label, role, path
ALL=(
    "admin-year admin /dashboard"
    "admin-month admin /dashboard?period=MONTH&month=$MONTH"
    "admin-quarter admin /dashboard?period=QUARTER&year=$YEAR&quarter=2"
    "city-year city /dashboard"
    "subteam-year subteam /dashboard"
    "leader-year leader /dashboard"
    "api-admin-year admin /api/v1/dashboard"
)
# five years a bar a month: sixty months drawn and tabled, measured against TARGET_LONG_P95_MS
LONG=(
    "admin-five-years admin /dashboard?period=CUSTOM&from=$FIVE_YEARS_AGO&to=$MONTH"
)
failed=0
RUNS=()
for run in "${ALL[@]}"; do [[ ${run%% *} =~ $ONLY ]] && RUNS+=("$run"); done
[ ${#RUNS[@]} = 0 ] || measure || failed=1
RUNS=()
for run in "${LONG[@]}"; do [[ ${run%% *} =~ $ONLY ]] && RUNS+=("$run"); done
[ ${#RUNS[@]} = 0 ] || TARGET_P95_MS=$TARGET_LONG_P95_MS measure || failed=1

# the monthly notification of the whole province for last month: generated as a draft, timed (target 5 s)
csrf=$(curl -sS -b "${COOKIES[admin]}" "$BASE_URL/notifications" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
    | sed 's/.*value="\([^"]*\)"/\1/')
LAST_MONTH=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m)
for run in 1 2 3; do
    out=$(curl -sS -o /dev/null -w '%{http_code} %{time_total}' -b "${COOKIES[admin]}" \
        --data-urlencode "month=$LAST_MONTH" --data-urlencode "_csrf=$csrf" "$BASE_URL/notifications")
    echo "NOTICE generate $LAST_MONTH for the province, run $run: HTTP ${out% *}, ${out#* } s"
    case "$out" in
        302\ *) awk -v t="${out#* }" 'BEGIN { exit !(t > 5) }' && { echo "FAIL notice: over 5 s" >&2; failed=1; } ;;
        *) echo "FAIL notice: not generated" >&2; failed=1 ;;
    esac
done
pid=${APP_PID:-$(ss -ltnp 2>/dev/null | grep ":${BASE_URL##*:} " | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)}
if [ -n "$pid" ] && command -v jcmd >/dev/null; then
    jcmd "$pid" GC.heap_info | sed -n '2,3p' | sed 's/^/HEAP  /'
    jcmd "$pid" VM.flags | tr ' ' '\n' | grep MaxHeapSize | sed 's/^/HEAP  /'
fi
exit $failed
