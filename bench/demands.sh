#!/usr/bin/env bash
# Load test of the three lists with 50,000 demands, 20,000 resources and a project for every matched demand: logs in
# with curl, then runs wrk (16 connections, 2 threads, 20 s per URL) against the demand list as the organization
# department filters it (unfiltered, by status, by category of the open ones, the overdue ones, a deep page), a
# county sub-team's demands and projects, a group leader's projects, a first secretary's village, the projects by
# status and the overdue ones, and the matching page (suggestions) of an accepted demand as the department and as
# the county's leader. Prints one RESULT line per URL and fails when a response was not 200 or p95 is over its target
# (lists TARGET_P95_MS, the matching page TARGET_MATCH_P95_MS). Loopback only. See docs/performance.md for the data
# and the figures.
#
#   bench/demands.sh               # against an app already running on 127.0.0.1:18080, seeded as below
#   START=1 bench/demands.sh       # starts ./run.sh on an embedded PostgreSQL in $DATA_DIR with a generated roster
#                                  # of $MEMBERS, seeds $OBJECTS objects, $DEMANDS demands and $RESOURCES resources
#                                  # (bench/demands.sql, once per data dir), measures, stops it
#
# Environment (defaults): BASE_URL (http://127.0.0.1:18080), DURATION (20s), WARMUP (10s), CONNECTIONS (16),
# THREADS (2), PASSWORD (demo1234), TARGET_P95_MS (100), TARGET_MATCH_P95_MS (300), START, DATA_DIR
# (/tmp/helituan-bench), DB_PORT (54410), MEMBERS (30000), SEED (42), OBJECTS (10000), DEMANDS (50000), RESOURCES
# (20000), ONLY (a regular expression: measure only the labels it matches), PSQL (psql, any version that reaches
# PostgreSQL 17; the ids in the URLs are read from the database on DB_PORT).
set -euo pipefail

BASE_URL=${BASE_URL:-http://127.0.0.1:18080}
TARGET_MATCH_P95_MS=${TARGET_MATCH_P95_MS:-300}
DATA_DIR=${DATA_DIR:-/tmp/helituan-bench}
DB_PORT=${DB_PORT:-54410}
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"

if [ -n "${START:-}" ]; then
    start_app prov-admin
    echo "seeding $OBJECTS objects, $DEMANDS demands, $RESOURCES resources (once per data dir; seconds)"
    "$PSQL" -X -q -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -v n="$DEMANDS" -v objects="$OBJECTS" \
        -v resources="$RESOURCES" -f "$HERE/demands.sql"
fi

declare -A COOKIES
for role in admin subteam leader secretary; do
    COOKIES[$role]=$(login "prov-$role")
done
# the leader's group, a category, and an accepted demand in the county sub-team's scope, read from the database
sql() { "$PSQL" -X -q -t -A -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -c "$1"; }
GROUP=$(sql "select scope_unit_id from account where username = 'prov-leader'")
CATEGORY=$(sql "select id from demand_category where code = 'INDUSTRY'")
ACCEPTED=$(sql "select min(d.id) from demand d
    where d.status = 'ACCEPTED' and d.object_id in (select r.object_id from assistance_relationship r
        join unit g on g.id = r.group_id join account a on a.username = 'prov-subteam'
        join unit s on s.id = a.scope_unit_id where g.path like s.path || '%')")
[ -n "$GROUP" ] && [ -n "$CATEGORY" ] && [ -n "$ACCEPTED" ] \
    || { echo "no group ($GROUP), category ($CATEGORY) or accepted demand ($ACCEPTED)" >&2; exit 1; }
echo "# $(sql "select count(*) from demand") demands, $(sql "select count(*) from resource") resources," \
    "$(sql "select count(*) from project") projects, $(sql "select count(*) from assisted_object") objects," \
    "$(sql "select count(*) from unit where kind = 'GROUP'") groups; accepted demand $ACCEPTED"

# label, role, path
LISTS=(
    "admin-all admin /demands"
    "admin-raised admin /demands?status=RAISED"
    "admin-category-open admin /demands?category=$CATEGORY&open=true"
    "admin-overdue admin /demands?overdue=true"
    "admin-page-40 admin /demands?page=40"
    "subteam-demands subteam /demands"
    "subteam-projects subteam /projects"
    "leader-projects leader /projects?group=$GROUP"
    "secretary-demands secretary /demands"
    "admin-projects-active admin /projects?status=ACTIVE"
    "admin-projects-overdue admin /projects?overdue=true"
)
MATCHES=(
    "admin-match admin /demands/$ACCEPTED/match"
    "subteam-match subteam /demands/$ACCEPTED/match"
)

failed=0
RUNS=()
for run in "${LISTS[@]}"; do [[ ${run%% *} =~ $ONLY ]] && RUNS+=("$run"); done
[ ${#RUNS[@]} = 0 ] || measure || failed=1
RUNS=()
for run in "${MATCHES[@]}"; do [[ ${run%% *} =~ $ONLY ]] && RUNS+=("$run"); done
[ ${#RUNS[@]} = 0 ] || TARGET_P95_MS=$TARGET_MATCH_P95_MS measure || failed=1
exit $failed
