#!/usr/bin/env bash
# Load test of the team tree and the forms' type-to-find on a province (bench/province.sh's data: 30,000 members,
# ~3,000 groups in ~300 sub-teams): logs in with curl, then runs wrk (16 connections, 2 threads, 20 s per URL) against
# the tree's first page (the province's organization department, a city, a sub-team), a node's children (a city's, a
# sub-team's), a unit search as typed in a form (a common word, a group by name, a work unit) and the member form
# (its unit and work-unit lists hold the chosen one only). Prints one RESULT line per URL and fails when a response was
# not 200 or p95 is over the target; then each page's size. Loopback only. See docs/performance.md for the figures.
#
#   bench/units.sh             # against an app already running on $BASE_URL on the province's data
#   START=1 bench/units.sh     # starts ./run.sh (heap capped: JAVA_OPTS=-Xmx512m) on $DATA_DIR, seeds the province
#                              # there once (bench/province.sh's steps; the tree needs only the roster, so the
#                              # defaults seed few activities and demands), measures, stops it
#
# Environment (defaults): BASE_URL (http://127.0.0.1:18091), DURATION (20s), WARMUP (10s), CONNECTIONS (16),
# THREADS (2), PASSWORD (demo1234), TARGET_P95_MS (100), START, DATA_DIR (/tmp/helituan-units), DB_PORT (54421),
# MEMBERS (30000), SEED (42), OBJECTS (10000), DEMANDS (2000), RESOURCES (1000), ACTIVITIES (20000), ONLY (a regular
# expression: measure only the labels it matches), PSQL (psql).
set -euo pipefail

BASE_URL=${BASE_URL:-http://127.0.0.1:18091}
DATA_DIR=${DATA_DIR:-/tmp/helituan-units}
DB_PORT=${DB_PORT:-54421}
DEMANDS=${DEMANDS:-2000}
RESOURCES=${RESOURCES:-1000}
ACTIVITIES=${ACTIVITIES:-20000}
export JAVA_OPTS="${JAVA_OPTS:-} -Xmx512m"
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"

if [ -n "${START:-}" ]; then
    start_app prov-admin
    seed_province
fi

declare -A COOKIES
for role in admin city subteam; do
    COOKIES[$role]=$(login "prov-$role")
done
sql() { "$PSQL" -X -q -t -A -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -c "$1"; }
echo "# $(sql "select count(*) from unit where not archived") units, $(sql "select count(*) from unit where kind = 'GROUP' and not archived") groups," \
    "$(sql "select count(*) from membership where left_on is null") current memberships," \
    "$(sql "select count(*) from member where not archived") live members, $(sql "select count(*) from work_unit") work units"
# the largest unit below the top (a city) and the largest sub-team with groups below it, by their groups
CITY=$(sql "select u.id from unit u where u.depth = 1 and not u.archived order by (select count(*) from unit g
    where g.path like u.path || '%' and g.kind = 'GROUP') desc, u.id limit 1")
SUBTEAM=$(sql "select p.id from unit p join unit g on g.parent_id = p.id and g.kind = 'GROUP' where not p.archived
    group by p.id order by count(*) desc, p.id limit 1")
GROUP_WORD=$(sql "select substr(name, 1, 2) from unit where kind = 'GROUP' and not archived order by id limit 1")
WORK_WORD=$(sql "select substr(name, 1, 2) from work_unit order by id limit 1")

# label, role, path
ALL=(
    "tree-admin admin /units"
    "tree-city city /units"
    "tree-subteam subteam /units"
    "children-city admin /units/$CITY/children"
    "children-subteam admin /units/$SUBTEAM/children"
    "choices-common admin /units/choices?q=$(urlencode "合力")"
    "choices-group admin /units/choices?q=$(urlencode "$GROUP_WORD")&kind=GROUP"
    "choices-work-unit admin /work-units/choices?q=$(urlencode "$WORK_WORD")"
    "member-form admin /members/new"
    "choices-object admin /objects/choices?for=PAIRING&q=$(urlencode "村")"
    "pairing-form admin /relationships/new"
)
RUNS=()
for run in "${ALL[@]}"; do [[ ${run%% *} =~ $ONLY ]] && RUNS+=("$run"); done
failed=0
[ ${#RUNS[@]} = 0 ] || measure || failed=1
for run in "${RUNS[@]}"; do
    read -r label role path <<<"$run"
    echo "SIZE   $label: $(curl -sS -o /dev/null -w '%{size_download}' -b "${COOKIES[$role]}" "$BASE_URL$path") bytes"
done
exit $failed
