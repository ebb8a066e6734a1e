#!/usr/bin/env bash
# Load test of the cross-town service teams (issue 23): a province roster with $TEAMS teams of 10–30 members
# (bench/crossteams.sql), then wrk (16 connections, 2 threads, 20 s per URL) against the team list and a team's page
# as the organization department, and the list as a sub-team leader. Prints one RESULT line per URL and fails when a
# response was not 200 or p95 is over TARGET_P95_MS (100). Loopback only. See docs/performance.md.
#
#   START=1 BASE_URL=http://127.0.0.1:18310 DB_PORT=18311 bench/crossteams.sh
#
# Environment: as bench/lib.sh, and TEAMS (100).
set -euo pipefail

BASE_URL=${BASE_URL:-http://127.0.0.1:18080}
DATA_DIR=${DATA_DIR:-/tmp/helituan-bench-crossteams}
DB_PORT=${DB_PORT:-54410}
TEAMS=${TEAMS:-100}
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"

sql() { "$PSQL" -X -q -t -A -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -c "$1"; }
if [ -n "${START:-}" ]; then
    start_app prov-admin
    echo "seeding $TEAMS cross-town teams (once per data dir)"
    "$PSQL" -X -q -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -v n="$TEAMS" -f "$HERE/crossteams.sql"
fi

declare -A COOKIES
for role in admin subteam; do
    COOKIES[$role]=$(login "prov-$role")
done
TEAM=$(sql "select id from cross_team where created_by = 'bench' order by id limit 1 offset 50")
echo "# $(sql "select count(*) from cross_team") teams, $(sql "select count(*) from cross_team_member") members," \
    "$(sql "select count(*) from cross_team_spending") entries, $(sql "select count(*) from activity
        where cross_team_id is not null") activities, $(sql "select count(*) from member") people; team $TEAM"

RUNS=()
for run in "admin-list admin /cross-teams" "admin-list-page-4 admin /cross-teams?page=4" \
           "admin-team admin /cross-teams/$TEAM" "admin-days admin /cross-teams/$TEAM/days" \
           "subteam-list subteam /cross-teams"; do
    [[ ${run%% *} =~ $ONLY ]] && RUNS+=("$run")
done
measure
