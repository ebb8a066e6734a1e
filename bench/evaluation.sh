#!/usr/bin/env bash
# The annual evaluation on a province (bench/province.sh's data: ~3,000 groups, ~200,000 activities a year, five
# years of plans, 50,000 demands): logs in with curl, opens last year's round of the whole province (its groups,
# members and indicators in one request; a data dir measured before has it already), computes its indicators again
# three times, timed (target 10 s each), then runs wrk (16 connections, 2 threads, 20 s per URL) against the review screen as the org admin and as a reviewer:
# the first page by indicator score, sorted by an indicator, a page deep in the list, filtered by a sub-team and by
# a name. Prints one RESULT line per URL and fails when a response was not 200, a p95 is over 300 ms or a computation
# over 10 s. Loopback only. See docs/performance.md for the figures.
#
#   bench/evaluation.sh            # against an app already running on $BASE_URL on the province's data
#   START=1 bench/evaluation.sh    # starts ./run.sh (heap capped: JAVA_OPTS=-Xmx512m) on $DATA_DIR, seeds the
#                                  # province there once (bench/province.sh's steps), measures, stops it
#
# Environment (defaults): BASE_URL (http://127.0.0.1:18090), DURATION (20s), WARMUP (10s), CONNECTIONS (16),
# THREADS (2), PASSWORD (demo1234), TARGET_P95_MS (300), TARGET_COMPUTE_S (10), START, DATA_DIR
# (/tmp/helituan-province), DB_PORT (54420), MEMBERS (30000), SEED (42), OBJECTS (10000), DEMANDS (50000), RESOURCES
# (20000), ACTIVITIES (1000000), YEAR (last year), PSQL (psql).
set -euo pipefail

BASE_URL=${BASE_URL:-http://127.0.0.1:18090}
TARGET_P95_MS=${TARGET_P95_MS:-300}
TARGET_COMPUTE_S=${TARGET_COMPUTE_S:-10}
DATA_DIR=${DATA_DIR:-/tmp/helituan-province}
DB_PORT=${DB_PORT:-54420}
YEAR=${YEAR:-$(($(date +%Y) - 1))}
export JAVA_OPTS="${JAVA_OPTS:-} -Xmx512m"
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"

if [ -n "${START:-}" ]; then
    start_app prov-admin
    seed_province
fi
sql() { "$PSQL" -X -q -t -A -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -c "$1"; }
add_reviewer
declare -A COOKIES
for role in admin reviewer; do
    COOKIES[$role]=$(login "prov-$role")
done
echo "# $YEAR: $(sql "select count(*) from activity where occurred_on between make_date($YEAR, 1, 1)
    and make_date($YEAR, 12, 31)") activities, $(sql "select count(*) from unit where kind = 'GROUP' and not archived")" \
    "groups, $(sql "select count(*) from plan_task t join annual_plan p on p.id = t.plan_id where p.year = $YEAR") tasks"

csrf() { csrf_of "${COOKIES[admin]}" "$1"; }
failed=0
open_round "$YEAR"
echo "ROUND  $(sql "select count(*) from evaluation_entry where round_id = $ROUND") groups," \
    "$(sql "select count(*) from evaluation_member where round_id = $ROUND") members"
for run in 1 2 3; do
    version=$(sql "select version from evaluation_round where id = $ROUND")
    out=$(curl -sS -o /dev/null -w '%{http_code} %{time_total}' -b "${COOKIES[admin]}" \
        --data-urlencode "version=$version" --data-urlencode "_csrf=$(csrf "/evaluations/$ROUND")" \
        "$BASE_URL/evaluations/$ROUND/compute")
    echo "COMPUTE indicators of the round again, run $run: HTTP ${out% *}, ${out#* } s"
    case "$out" in
        302\ *) awk -v t="${out#* }" -v max="$TARGET_COMPUTE_S" 'BEGIN { exit !(t > max) }' \
            && { echo "FAIL compute: over $TARGET_COMPUTE_S s" >&2; failed=1; } ;;
        *) echo "FAIL compute: HTTP ${out% *}" >&2; failed=1 ;;
    esac
done
SUB=$(sql "select id from unit where kind = 'SUB_TEAM' and not archived order by path limit 1 offset 3")
NAME=$(urlencode "$(sql "select substr(name, 1, 2) from unit where kind = 'GROUP' order by id limit 1")")
RUNS=(
    "board-admin admin /evaluations/$ROUND"
    "board-by-tasks admin /evaluations/$ROUND?sort=INDICATOR_TASKS&asc=false"
    "board-page-60 admin /evaluations/$ROUND?sort=INDICATOR_FUNDS_SECURED&page=60"
    "board-sub-team admin /evaluations/$ROUND?subTeam=$SUB"
    "board-name admin /evaluations/$ROUND?q=$NAME"
    "board-reviewer reviewer /evaluations/$ROUND?unscored=true&sort=INDICATOR_DISPUTED&asc=true"
    "entry-admin admin /evaluations/$ROUND/groups/$(sql "select group_id from evaluation_entry where round_id = $ROUND
        order by id limit 1 offset 100")"
)
measure || failed=1
exit $failed
