#!/usr/bin/env bash
# The province data generator: starts ./run.sh on an embedded PostgreSQL in $DATA_DIR with a generated roster
# ($MEMBERS members: ~N/100 sub-teams, ~N/10 groups; accounts prov-admin, prov-city, prov-subteam, prov-leader,
# prov-secretary, password demo1234), then seeds $OBJECTS assisted objects with their pairings, $DEMANDS demands and
# $RESOURCES resources (bench/demands.sql), $ACTIVITIES activities over five years with photos' records and five
# years of plans (bench/province.sql), and stops. The same $SEED gives the same data; a second run on the same data
# dir adds nothing. Start the app on that data dir afterwards with
#   ./run.sh --helituan.data-dir=$DATA_DIR --helituan.embedded-db.port=$DB_PORT
#
# Environment (defaults): DATA_DIR (/tmp/helituan-province), DB_PORT (54420), BASE_URL (http://127.0.0.1:18090),
# MEMBERS (30000), SEED (42), OBJECTS (10000), DEMANDS (50000), RESOURCES (20000), ACTIVITIES (1000000), PSQL (psql),
# KEEP (set: leave the app running).
set -euo pipefail

BASE_URL=${BASE_URL:-http://127.0.0.1:18090}
DATA_DIR=${DATA_DIR:-/tmp/helituan-province}
DB_PORT=${DB_PORT:-54420}
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"

start_app prov-admin
seed_province
sql() { "$PSQL" -X -q -t -A -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -c "$1"; }
echo "# province in $DATA_DIR: $(sql "select count(*) from member") members, \
$(sql "select count(*) from unit where kind = 'SUB_TEAM'") sub-teams, \
$(sql "select count(*) from unit where kind = 'GROUP'") groups, $(sql "select count(*) from assisted_object") objects, \
$(sql "select count(*) from activity") activities, $(sql "select count(*) from demand") demands, \
$(sql "select count(*) from annual_plan") plans, $(sql "select count(*) from activity_photo") photos"
if [ -n "${KEEP:-}" ]; then
    echo "the app keeps running on $BASE_URL (pid $APP_PID)"
    APP_PID=
fi
