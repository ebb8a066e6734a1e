#!/usr/bin/env bash
# The hot pages of issue 25 measured in one run, for their ratio to the framework floor (../shared/floor/ratio.sh):
# the province's dashboard as its organization department opens it (this year), the activity list filtered to a
# type and the last year, the member list and a search by surname, the demand list, the evaluation review screen of
# last year's round of the whole province (~3,000 groups), a group leader's to-do list and a stationed cadre's
# check-in page; then last month's notification of the province generated three times, timed, and the heap in use.
# On bench/province.sh's data with bench/checkins.sql's stationed cadres. Prints one RESULT line per page (wrk, 16
# connections, 2 threads) and fails when a response was not 200, a p95 is over its target (50 ms; the review screen
# 100 ms) or a notification took over 1 s. Loopback only. See docs/performance.md ("The hot pages against the floor").
#
#   ../shared/floor/ratio.sh bench/hot-pages.sh           # against an app already running on $BASE_URL
#   ../shared/floor/ratio.sh START=1 bench/hot-pages.sh   # starts ./run.sh (heap capped: JAVA_OPTS=-Xmx512m) on
#                                                         # $DATA_DIR, seeding what is missing first, and stops it
#
# Environment (defaults): BASE_URL (http://127.0.0.1:18090), DURATION (20s), WARMUP (10s), WARMUP_ROUNDS (3: passes
# over every page before the measured one, so that the JIT compiler has finished), CONNECTIONS (16),
# THREADS (2), PASSWORD (demo1234), TARGET_P95_MS (50), TARGET_REVIEW_P95_MS (100), TARGET_NOTICE_S (1), START,
# DATA_DIR (/tmp/helituan-province), DB_PORT (54420), CADRES (10000), ONLY (a regular expression over the labels),
# NOTICE (set to 0: skip the notification), PSQL (psql).
set -euo pipefail

BASE_URL=${BASE_URL:-http://127.0.0.1:18090}
TARGET_P95_MS=${TARGET_P95_MS:-50}
TARGET_REVIEW_P95_MS=${TARGET_REVIEW_P95_MS:-100}
TARGET_NOTICE_S=${TARGET_NOTICE_S:-1}
DATA_DIR=${DATA_DIR:-/tmp/helituan-province}
DB_PORT=${DB_PORT:-54420}
CADRES=${CADRES:-10000}
export JAVA_OPTS="${JAVA_OPTS:-} -Xmx512m"
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"

sql() { "$PSQL" -X -q -t -A -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -c "$1"; }
if [ -n "${START:-}" ]; then
    [ -d "$DATA_DIR" ] || DATA_DIR=$DATA_DIR DB_PORT=$DB_PORT BASE_URL=$BASE_URL "$HERE/province.sh"
    start_app prov-admin
    [ "$(sql "select count(*) < 1000 from activity")" = f ] || seed_province
    "$PSQL" -X -q -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -v cadres="$CADRES" -f "$HERE/checkins.sql"
fi
add_reviewer
declare -A COOKIES
for role in admin leader; do
    COOKIES[$role]=$(login "prov-$role")
done
COOKIES[cadre]=$(login bench-cadre-1)
YEAR=$(($(date +%Y) - 1))
open_round "$YEAR"
TYPE=$(sql "select id from activity_type where code = 'SKILLS_TRAINING'")
echo "# $(sql "select count(*) from member") members, $(sql "select count(*) from unit where kind = 'GROUP'") groups," \
    "$(sql "select count(*) from activity") activities, $(sql "select count(*) from demand") demands," \
    "$(sql "select count(*) from evaluation_entry where round_id = $ROUND") groups in round $ROUND," \
    "$(sql "select count(*) from stationing where ends_on is null") stationed"

# label, role, path
ALL=(
    "dashboard admin /dashboard"
    "activities admin /activities?type=$TYPE&from=$(date -d '1 year ago' +%F)&to=$(date +%F)"
    "members admin /members"
    "member-search admin /members?q=$(urlencode 王)"
    "demands admin /demands"
    "todos leader /todos"
    "checkin cadre /checkin"
)
REVIEW=("review admin /evaluations/$ROUND")
failed=0
RUNS=()
for run in "${ALL[@]}"; do [[ ${run%% *} =~ $ONLY ]] && RUNS+=("$run"); done
[ ${#RUNS[@]} = 0 ] || measure || failed=1
RUNS=()
for run in "${REVIEW[@]}"; do [[ ${run%% *} =~ $ONLY ]] && RUNS+=("$run"); done
[ ${#RUNS[@]} = 0 ] || TARGET_P95_MS=$TARGET_REVIEW_P95_MS measure || failed=1

if [ "${NOTICE:-1}" != 0 ]; then
    LAST_MONTH=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m)
    for run in 1 2 3; do
        out=$(curl -sS -o /dev/null -w '%{http_code} %{time_total}' -b "${COOKIES[admin]}" \
            --data-urlencode "month=$LAST_MONTH" \
            --data-urlencode "_csrf=$(csrf_of "${COOKIES[admin]}" /notifications)" "$BASE_URL/notifications")
        echo "NOTICE generate $LAST_MONTH for the province, run $run: HTTP ${out% *}, ${out#* } s"
        case "$out" in
            302\ *) awk -v t="${out#* }" -v max="$TARGET_NOTICE_S" 'BEGIN { exit !(t > max) }' \
                && { echo "FAIL notice: over $TARGET_NOTICE_S s" >&2; failed=1; } ;;
            *) echo "FAIL notice: not generated" >&2; failed=1 ;;
        esac
    done
fi
pid=${APP_PID:-$(ss -ltnp 2>/dev/null | grep ":${BASE_URL##*:} " | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)}
if [ -n "$pid" ] && command -v jcmd >/dev/null; then
    jcmd "$pid" GC.heap_info | sed -n '2,3p' | sed 's/^/HEAP  /'
    jcmd "$pid" VM.flags | tr ' ' '\n' | grep MaxHeapSize | sed 's/^/HEAP  /'
fi
exit $failed
