#!/usr/bin/env bash
# Load test of the observation contests and the case library (issue 22): bench/province.sh's province with ten years
# of contests (bench/contests.sql: $ROUNDS rounds, ten stops each, five judges scoring every stop, the published
# rankings) and $CASES cases in Chinese, then wrk (16 connections, 2 threads, 20 s per URL after a 10 s warm-up)
# against every contest and case list page — the round list (first page, a later page, filtered by year and level),
# a published round's page, its ranking, a stop's page, the year end's recommendations and a town's candidates, the
# case list filtered by theme, town, kind and year — as the org admin and a county sub-team leader, and the case search by text (a
# three-character word, a longer phrase, a two-character word). Prints one RESULT line per URL; fails when a
# response was not 200, or p95 is over TARGET_P95_MS (100) for a list, SEARCH_TARGET_P95_MS (200) for a search.
# Loopback only. See docs/performance.md ("Contests and the case library").
#
#   START=1 bench/contests.sh      # start run.sh on bench/province.sh's data dir, seed once, measure, stop
#
# Environment: as bench/lib.sh; DATA_DIR and DB_PORT of a province made by bench/province.sh (it is run first when
# DATA_DIR does not exist yet and START is set), ROUNDS (20000), CASES (5000), SEARCH_TARGET_P95_MS (200).
set -euo pipefail

BASE_URL=${BASE_URL:-http://127.0.0.1:18090}
DATA_DIR=${DATA_DIR:-/tmp/helituan-province}
DB_PORT=${DB_PORT:-54420}
ROUNDS=${ROUNDS:-20000}
CASES=${CASES:-5000}
SEARCH_TARGET_P95_MS=${SEARCH_TARGET_P95_MS:-200}
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"

sql() { "$PSQL" -X -q -t -A -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -c "$1"; }
if [ -n "${START:-}" ]; then
    if [ ! -d "$DATA_DIR" ]; then
        DATA_DIR=$DATA_DIR DB_PORT=$DB_PORT BASE_URL=$BASE_URL "$HERE/province.sh"
    fi
    start_app prov-admin
    echo "seeding $ROUNDS contest rounds and $CASES cases (bench/contests.sql, once per data dir; minutes)"
    "$PSQL" -X -q -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -v rounds="$ROUNDS" -v cases="$CASES" \
        -f "$HERE/contests.sql"
fi

declare -A COOKIES
for role in admin subteam; do
    COOKIES[$role]=$(login "prov-$role")
done
YEAR=$(sql "select extract(year from current_date)::int - 1")
# a published town round of the sub-team leader's sub-team, one of its stops, a town and a theme with cases
ROUND=$(sql "select r.id from contest_round r join account a on a.username = 'prov-subteam'
    join unit s on s.id = a.scope_unit_id join unit u on u.id = r.unit_id
    where r.status = 'PUBLISHED' and r.level = 'TOWN' and u.path like s.path || '%'
    order by r.year desc, r.quarter desc, r.id desc limit 1")
STOP=$(sql "select id from contest_stop where round_id = $ROUND order by position limit 1")
TOWN=$(sql "select town_id from case_study where status = 'PUBLISHED' group by town_id order by count(*) desc,
    town_id limit 1")
# the sub-team leader's town with the year's published town contests (its page lists every candidate)
YEAR_TOWN=$(sql "select r.unit_id from contest_round r join account a on a.username = 'prov-subteam'
    join unit s on s.id = a.scope_unit_id join unit u on u.id = r.unit_id
    where r.status = 'PUBLISHED' and r.level = 'TOWN' and r.year = $YEAR and u.path like s.path || '%'
    order by r.unit_id limit 1")
THEME=$(urlencode "$(sql "select theme from case_study group by theme order by theme limit 1")")
echo "# $(sql "select count(*) from contest_round") rounds, $(sql "select count(*) from contest_stop") stops," \
    "$(sql "select count(*) from contest_sheet") sheets, $(sql "select count(*) from contest_score") scores," \
    "$(sql "select count(*) from contest_result") ranked stops, $(sql "select count(*) from case_study") cases" \
    "($(sql "select count(*) from case_study where status = 'PUBLISHED'") published); round $ROUND, stop $STOP," \
    "town $TOWN"

LISTS=()
for run in "rounds admin /contests" "rounds-page-50 admin /contests?page=50" \
           "rounds-year-level admin /contests?year=$YEAR&level=TOWN&status=PUBLISHED" \
           "subteam-rounds subteam /contests" "round subteam /contests/$ROUND" \
           "ranking subteam /contests/$ROUND/ranking" "stop subteam /contests/$ROUND/stops/$STOP" \
           "year-end subteam /contests/year-end?year=$YEAR" "year-end-admin admin /contests/year-end?year=$YEAR" \
           "year-end-town subteam /contests/year-end/towns/$YEAR_TOWN?year=$YEAR" \
           "cases admin /cases" "cases-page-100 admin /cases?page=100" \
           "cases-theme admin /cases?theme=$THEME" "cases-town admin /cases?town=$TOWN" \
           "cases-kind admin /cases?kind=VILLAGE" "cases-year admin /cases?year=$YEAR" \
           "cases-all-filters subteam /cases?theme=$THEME&kind=VILLAGE&year=$YEAR"; do
    [[ ${run%% *} =~ $ONLY ]] && LISTS+=("$run")
done
SEARCHES=()
for run in "search-3 subteam /cases?q=$(urlencode 光伏电)" \
           "search-phrase subteam /cases?q=$(urlencode 低产茶园改造)" \
           "search-2 subteam /cases?q=$(urlencode 茶园)" \
           "search-rare admin /cases?q=$(urlencode 幸福院)&year=$YEAR" \
           "search-none admin /cases?q=$(urlencode 海水养殖)"; do
    [[ ${run%% *} =~ $ONLY ]] && SEARCHES+=("$run")
done

failed=0
if [ ${#LISTS[@]} -gt 0 ]; then
    RUNS=("${LISTS[@]}")
    measure || failed=1
fi
if [ ${#SEARCHES[@]} -gt 0 ]; then
    RUNS=("${SEARCHES[@]}")
    TARGET_P95_MS=$SEARCH_TARGET_P95_MS measure || failed=1
fi
exit $failed
