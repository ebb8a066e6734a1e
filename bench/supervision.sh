#!/usr/bin/env bash
# Load test of supervision (督导检查, issue 19): bench/province.sh's province (3,000 groups) with a year of
# supervision (bench/supervision.sql: half-month plans per city, every group inspected twice a month — 72,000
# inspections with their item results and presences — ≈300,000 findings in their states, measures), then wrk
# (16 connections, 2 threads, 20 s per URL after a 10 s warm-up) against every supervision list and page — the plans
# (first page, a later page), a plan's page, the inspections (first page, a later page, one plan's), an inspection's
# page, the findings (all, a later page, overdue only, one state, one group's year), the measures, a finding's page —
# as the org admin, a county sub-team leader and a city's inspector; then generates last month's notification of the
# whole province three times, timed (target 5 s), and times its supervision section's statements
# (persistence/src/main/resources/sql/supervision/month.sql) on their own with EXPLAIN ANALYZE. Prints one RESULT
# line per URL; fails when a response was not 200, p95 is over TARGET_P95_MS (100) or the notification took over
# 5 s. Loopback only. See docs/performance.md ("Supervision at province scale").
#
#   START=1 bench/supervision.sh      # start run.sh on bench/province.sh's data dir, seed once, measure, stop
#
# Environment: as bench/lib.sh; DATA_DIR and DB_PORT of a province made by bench/province.sh (it is run first when
# DATA_DIR does not exist yet and START is set), INSPECTORS (3 a city), NOTICE_TARGET_S (5).
set -euo pipefail

BASE_URL=${BASE_URL:-http://127.0.0.1:18190}
DATA_DIR=${DATA_DIR:-/tmp/helituan-province-sup}
DB_PORT=${DB_PORT:-54520}
INSPECTORS=${INSPECTORS:-3}
NOTICE_TARGET_S=${NOTICE_TARGET_S:-5}
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"

sql() { "$PSQL" -X -q -t -A -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -c "$1"; }
if [ -n "${START:-}" ]; then
    if [ ! -d "$DATA_DIR" ]; then
        DATA_DIR=$DATA_DIR DB_PORT=$DB_PORT BASE_URL=$BASE_URL "$HERE/province.sh"
    fi
    start_app prov-admin
    echo "seeding a year of supervision (bench/supervision.sql, once per data dir; minutes)"
    t0=$SECONDS
    "$PSQL" -X -q -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -v inspectors="$INSPECTORS" \
        -f "$HERE/supervision.sql"
    echo "# seeded in $((SECONDS - t0)) s"
fi

# the inspector: the first of the county sub-team leader's city
INSPECTOR=$(sql "select a.username from account a join account s on s.username = 'prov-subteam'
    join unit u on u.id = s.scope_unit_id join unit c on c.id = a.scope_unit_id
    where a.role = 'INSPECTOR' and u.path like c.path || '%' order by a.id limit 1")
declare -A COOKIES
for role in admin subteam; do
    COOKIES[$role]=$(login "prov-$role")
done
COOKIES[inspector]=$(login "$INSPECTOR")
YEAR=$(date +%Y)
LAST_MONTH=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m)
# last month's second-half plan of that city, a group of the sub-team leader's, its latest inspection and finding
PLAN=$(sql "select p.id from supervision_plan p join account a on a.username = '$INSPECTOR'
    where p.scope_unit_id = a.scope_unit_id order by p.starts_on desc, p.id desc limit 1")
GROUP=$(sql "select g.id from unit g join account s on s.username = 'prov-subteam' join unit u on u.id = s.scope_unit_id
    where g.kind = 'GROUP' and g.path like u.path || '%' order by g.tree_order limit 1")
INSPECTION=$(sql "select id from supervision_inspection where unit_id = $GROUP order by inspected_on desc, id desc
    limit 1")
FINDING=$(sql "select id from supervision_finding where inspection_id = $INSPECTION order by id limit 1")
echo "# $(sql "select count(*) from supervision_plan") plans, $(sql "select count(*) from supervision_inspection")" \
    "inspections, $(sql "select count(*) from supervision_result") item results," \
    "$(sql "select count(*) from supervision_presence") presences, $(sql "select count(*) from supervision_finding")" \
    "findings ($(sql "select count(*) from supervision_finding where status <> 'CLOSED' and deadline < current_date")" \
    "overdue), $(sql "select count(*) from supervision_measure") measures; inspector $INSPECTOR, plan $PLAN," \
    "group $GROUP, inspection $INSPECTION, finding $FINDING"

YEAR_OF_GROUP="unit=$GROUP&from=$YEAR-01-01&to=$YEAR-12-31"
RUNS=()
for run in "plans admin /supervision" "plans-page-10 admin /supervision?page=10" \
           "plan admin /supervision/plans/$PLAN" \
           "inspections admin /supervision/inspections" "inspections-page-100 admin /supervision/inspections?page=100" \
           "inspections-plan admin /supervision/inspections?plan=$PLAN" \
           "inspection admin /supervision/inspections/$INSPECTION" \
           "findings admin /supervision/findings" "findings-page-100 admin /supervision/findings?page=100" \
           "findings-overdue admin /supervision/findings?overdue=true" \
           "findings-answered admin /supervision/findings?status=ANSWERED" \
           "findings-group-year admin /supervision/findings?$YEAR_OF_GROUP" \
           "measures admin /supervision/measures" "finding admin /supervision/findings/$FINDING" \
           "subteam-inspections subteam /supervision/inspections" \
           "subteam-inspections-page-10 subteam /supervision/inspections?page=10" \
           "subteam-findings subteam /supervision/findings" \
           "subteam-findings-overdue subteam /supervision/findings?overdue=true" \
           "subteam-findings-answered subteam /supervision/findings?status=ANSWERED" \
           "subteam-findings-group-year subteam /supervision/findings?$YEAR_OF_GROUP" \
           "subteam-measures subteam /supervision/measures" "subteam-finding subteam /supervision/findings/$FINDING" \
           "inspector-plans inspector /supervision" "inspector-plan inspector /supervision/plans/$PLAN" \
           "inspector-inspections inspector /supervision/inspections" \
           "inspector-inspections-page-50 inspector /supervision/inspections?page=50" \
           "inspector-findings inspector /supervision/findings" \
           "inspector-findings-overdue inspector /supervision/findings?overdue=true" \
           "inspector-findings-answered inspector /supervision/findings?status=ANSWERED" \
           "inspector-findings-group-year inspector /supervision/findings?$YEAR_OF_GROUP" \
           "inspector-measures inspector /supervision/measures" \
           "inspector-finding inspector /supervision/findings/$FINDING"; do
    [[ ${run%% *} =~ $ONLY ]] && RUNS+=("$run")
done

failed=0
[ ${#RUNS[@]} = 0 ] || measure || failed=1

# the monthly notification of the whole province for last month, its supervision section included: generated as a
# draft (each run replacing the previous one), timed
if [[ notice =~ $ONLY ]]; then
    csrf=$(curl -sS -b "${COOKIES[admin]}" "$BASE_URL/notifications" | grep -o 'name="_csrf" value="[^"]*"' \
        | head -1 | sed 's/.*value="\([^"]*\)"/\1/')
    for run in 1 2 3; do
        out=$(curl -sS -o /dev/null -w '%{http_code} %{time_total}' -b "${COOKIES[admin]}" \
            --data-urlencode "month=$LAST_MONTH" --data-urlencode "_csrf=$csrf" "$BASE_URL/notifications")
        echo "NOTICE generate $LAST_MONTH for the province, run $run: HTTP ${out% *}, ${out#* } s"
        case "$out" in
            302\ *) awk -v t="${out#* }" -v m="$NOTICE_TARGET_S" 'BEGIN { exit !(t > m) }' \
                && { echo "FAIL notice: over $NOTICE_TARGET_S s" >&2; failed=1; } ;;
            *) echo "FAIL notice: not generated" >&2; failed=1 ;;
        esac
    done
    echo "NOTICE supervision section: $(sql "select concat_ws(' ', 'inspections', inspections, 'findings', findings,
        'rectified_on_time', rectified_on_time, 'overdue', findings_overdue, 'measures', measures)
        from monthly_notification order by id desc limit 1"), $(sql "select count(*) from notification_supervision_line
        where notification_id = (select max(id) from monthly_notification)") lines"
    # the section's three statements on their own, for the whole province (prefix ''), as JdbcSupervisionFigures runs
    # them; EXPLAIN ANALYZE's execution time, then the statement as is
    from=$LAST_MONTH-01
    until=$(date -d "$from +1 month" +%F)
    for part in totals items groups; do
        statement=$(awk -v part="$part" '/^-- name: / { on = ($3 == part); next } on' \
            "$HERE/../persistence/src/main/resources/sql/supervision/month.sql" \
            | sed -e "s/:prefix/''/g" -e "s/:from/date '$from'/g" -e "s/:until/date '$until'/g" \
                  -e "s/:today/current_date/g")
        plan=$(sql "explain (analyze, buffers) $statement")
        timed=$("$PSQL" -X -q -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres \
            -c '\timing on' -c "$statement" | grep '^Time:' | tail -1)
        echo "SECTION $part: $(echo "$plan" | grep 'Execution Time'), plain $timed"
    done
fi
exit $failed
