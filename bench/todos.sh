#!/usr/bin/env bash
# Load test of the to-do centre on a province (bench/province.sh's data: 30,000 members, ~3,000 groups, 10,000
# objects, 1,000,000 activities, 50,000 demands, five years of plans): logs in with curl, then runs wrk (16
# connections, 2 threads, 20 s per URL) against /todos and a page carrying the menu's badge (the work-units list: a
# light page, so the badge's share shows) for a group leader, a first secretary, a sub-team leader, a reviewer and
# the org admin. Prints one RESULT line per URL and fails when a response was not 200 or p95 is over the target
# (50 ms). Loopback only. See docs/performance.md for the figures.
#
#   bench/todos.sh             # against an app already running on $BASE_URL on the province's data
#   START=1 bench/todos.sh     # starts ./run.sh (heap capped: JAVA_OPTS=-Xmx512m) on $DATA_DIR, seeds the province
#                              # there once (bench/province.sh's steps), measures, stops it
#
# Environment (defaults): BASE_URL (http://127.0.0.1:18090), DURATION (20s), WARMUP (10s), CONNECTIONS (16),
# THREADS (2), PASSWORD (demo1234), TARGET_P95_MS (50), START, DATA_DIR (/tmp/helituan-province), DB_PORT (54420),
# MEMBERS (30000), SEED (42), OBJECTS, DEMANDS, RESOURCES, ACTIVITIES (see bench/lib.sh), ONLY (a regular
# expression: measure only the labels it matches), PSQL (psql).
set -euo pipefail

BASE_URL=${BASE_URL:-http://127.0.0.1:18090}
TARGET_P95_MS=${TARGET_P95_MS:-50}
DATA_DIR=${DATA_DIR:-/tmp/helituan-province}
DB_PORT=${DB_PORT:-54420}
export JAVA_OPTS="${JAVA_OPTS:-} -Xmx512m"
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"

if [ -n "${START:-}" ]; then
    start_app prov-admin
    if [ "$("$PSQL" -X -q -t -A -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres \
            -c "select count(*) < 1000 from activity")" = t ]; then
        seed_province
    fi
fi

declare -A COOKIES
for role in admin subteam leader secretary reviewer; do
    COOKIES[$role]=$(login "prov-$role")
done
sql() { "$PSQL" -X -q -t -A -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -c "$1"; }
echo "# $(sql "select count(*) from member") members, $(sql "select count(*) from unit where kind = 'GROUP'") groups," \
    "$(sql "select count(*) from activity") activities, $(sql "select count(*) from demand") demands"

# label, role, path
ALL=(
    "todos-leader leader /todos"
    "badge-leader leader /work-units"
    "todos-secretary secretary /todos"
    "badge-secretary secretary /account/password"
    "todos-subteam subteam /todos"
    "badge-subteam subteam /work-units"
    "todos-reviewer reviewer /todos"
    "todos-admin admin /todos"
    "badge-admin admin /work-units"
)
RUNS=()
for run in "${ALL[@]}"; do [[ ${run%% *} =~ $ONLY ]] && RUNS+=("$run"); done
failed=0
[ ${#RUNS[@]} = 0 ] || measure || failed=1
exit $failed
