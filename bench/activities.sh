#!/usr/bin/env bash
# Load test of the activity log with 1,000,000 activities: logs in with curl, then runs wrk (16 connections, 2
# threads, 20 s per URL) against the filtered lists each kind of user opens: a group leader's list and timeline, a
# sub-team's year, the organization department filtering by type and status, by kind of object, by a group, and a
# first secretary's village. Prints one RESULT line per URL and fails when a response was not 200 or p95 is over
# the target. Loopback only. See docs/performance.md for the data and the figures.
#
#   bench/activities.sh            # against an app already running on 127.0.0.1:18080, seeded as below
#   START=1 bench/activities.sh    # starts ./run.sh on an embedded PostgreSQL in $DATA_DIR with a generated
#                                  # roster of $MEMBERS, seeds $ACTIVITIES activities (bench/activities.sql, once
#                                  # per data dir), measures, stops it
#
# Environment (defaults): BASE_URL (http://127.0.0.1:18080), DURATION (20s), WARMUP (10s), CONNECTIONS (16),
# THREADS (2), PASSWORD (demo1234), TARGET_P95_MS (100), START, DATA_DIR (/tmp/helituan-bench), DB_PORT (54410),
# MEMBERS (30000), SEED (42), ACTIVITIES (1000000), PSQL (psql, any version that reaches PostgreSQL 17; the ids
# of the filters are read from the database on DB_PORT).
set -euo pipefail

BASE_URL=${BASE_URL:-http://127.0.0.1:18080}
DATA_DIR=${DATA_DIR:-/tmp/helituan-bench}
DB_PORT=${DB_PORT:-54410}
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"

if [ -n "${START:-}" ]; then
    start_app prov-admin
    echo "seeding $ACTIVITIES activities (once per data dir; a few minutes the first time)"
    "$PSQL" -X -q -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -v n="$ACTIVITIES" -f "$HERE/activities.sql"
fi

declare -A COOKIES
for role in admin city subteam leader secretary; do
    COOKIES[$role]=$(login "prov-$role")
done
# the city's sub-team, the leader's group and a type, read from the database
sql() { "$PSQL" -X -q -t -A -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -c "$1"; }
CITY=$(sql "select scope_unit_id from account where username = 'prov-city'")
GROUP=$(sql "select scope_unit_id from account where username = 'prov-leader'")
TYPE=$(sql "select id from activity_type where code = 'SKILLS_TRAINING'")
[ -n "$CITY" ] && [ -n "$GROUP" ] && [ -n "$TYPE" ] || { echo "no city ($CITY), group ($GROUP) or type ($TYPE)" >&2; exit 1; }
echo "# $(sql "select count(*) from activity") activities, $(sql "select count(*) from unit where kind = 'GROUP'") groups"
YEAR_FROM=$(date -d '1 year ago' +%F)
TODAY=$(date +%F)

# label, role, path
RUNS=(
    "leader-list leader /activities"
    "leader-timeline leader /activities?unit=$GROUP&view=timeline"
    "secretary-list secretary /activities"
    "subteam-list subteam /activities?from=$YEAR_FROM&to=$TODAY"
    "city-year-type city /activities?unit=$CITY&from=$YEAR_FROM&to=$TODAY&type=$TYPE"
    "admin-group admin /activities?unit=$GROUP"
    "admin-disputed admin /activities?status=DISPUTED&type=$TYPE"
    "admin-year-type admin /activities?type=$TYPE&from=$YEAR_FROM&to=$TODAY"
    "admin-enterprise admin /activities?kind=ENTERPRISE"
    "admin-all admin /activities"
)

measure
