#!/usr/bin/env bash
# Times the daily jobs (terms-end, stationings-end, rounds-close, notification-draft, reminders) on a province
# (bench/province.sh's data: 30,000 members in ~3,000 groups, 10,000 objects, 1,000,000 activities, five years of
# plans) with an account for every member and every village (bench/jobs.sql, added once), as they run for real:
#   - through the org admin's "run now" (POST /jobs/{name}/run) when the running app has it: each job in turn, timed
#     by curl;
#   - else, with START=1, through the scheduler itself: the app (re)started with helituan.jobs.daily-at LEAD_MIN
#     minutes ahead, so db-scheduler runs every daily job of today at that minute (two threads), and each run's time
#     is read from job_run.
# Prints one RESULT line per run (seconds, records changed, the job's summary), today's reminders by kind and
# outcome, and fails when a run failed or took over TARGET_S seconds. Loopback only; see docs/performance.md.
#
#   START=1 bench/jobs.sh     # starts ./run.sh on $DATA_DIR (seeding the province there once), measures, stops
#   bench/jobs.sh             # against an app already running on $BASE_URL (needs POST /jobs/{name}/run)
#
# Environment (defaults): BASE_URL (http://127.0.0.1:18090), DATA_DIR (/tmp/helituan-province), DB_PORT (54420),
# TARGET_S (60), LEAD_MIN (4), FRESH (set: forget today's reminders first), JOBS ("terms-end stationings-end rounds-close notification-draft reminders"), START,
# PSQL (psql), and bench/lib.sh's.
set -euo pipefail

BASE_URL=${BASE_URL:-http://127.0.0.1:18090}
DATA_DIR=${DATA_DIR:-/tmp/helituan-province}
DB_PORT=${DB_PORT:-54420}
TARGET_S=${TARGET_S:-60}
LEAD_MIN=${LEAD_MIN:-4}
JOBS=${JOBS:-terms-end stationings-end rounds-close notification-draft reminders}
ZONE=${ZONE:-Asia/Shanghai}
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"

sql() { "$PSQL" -X -q -t -A -F ' ' -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -c "$1"; }
stop_app() {
    kill "$APP_PID"
    for _ in $(seq 1 150); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
    APP_PID=
}

if [ -n "${START:-}" ]; then
    start_app prov-admin
    seed_province
fi
"$PSQL" -X -q -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -f "$HERE/jobs.sql"
if [ -n "${FRESH:-}" ]; then
    # a second measurement on the same day: today's reminders (and the messages they wrote) are forgotten first
    sql "delete from message where kind like 'reminder.%'
           and created_at >= (select min(created_at) from reminder where day = (now() at time zone '$ZONE')::date);
         delete from reminder where day = (now() at time zone '$ZONE')::date"
fi
echo "# $(sql "select count(*) from account") accounts ($(sql "select count(*) from account where role = 'GROUP_LEADER'") group leaders, \
$(sql "select count(*) from account where role = 'FIRST_SECRETARY'") village accounts), \
$(sql "select count(*) from unit where kind = 'GROUP'") groups, $(sql "select count(*) from activity") activities"
echo "# load before: $(uptime | sed 's/.*load average/load average/')"

MARK=$(sql "select coalesce(max(id), 0) from job_run")
COOKIE=$(login prov-admin)
TOKEN=$(curl -sS --max-time 30 -H "Cookie: $COOKIE" "$BASE_URL/" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
    | sed 's/.*value="\([^"]*\)"/\1/')
# the runs list (GET /jobs) comes with its "run now"
if curl -sS --max-time 30 -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$BASE_URL/jobs" | grep -q '^200$'; then
    echo "# through POST /jobs/{name}/run, one after another"
    for job in $JOBS; do
        curl -sS --max-time 600 -o /dev/null -w "RUN-NOW $job %{http_code} %{time_total} s\n" -H "Cookie: $COOKIE" \
            --data "_csrf=$TOKEN" "$BASE_URL/jobs/$job/run"
    done
elif [ -n "${START:-}" ]; then
    AT=$(TZ=$ZONE date -d "+$LEAD_MIN min" +%H:%M)
    echo "# no /jobs endpoint here: restarting with helituan.jobs.daily-at=$AT ($ZONE); the scheduler runs today's jobs"
    stop_app
    export HELITUAN_JOBS_DAILY_AT=$AT
    start_app prov-admin
    n=$(wc -w <<< "$JOBS")
    deadline=$((SECONDS + LEAD_MIN * 60 + 600))
    until [ "$(sql "select count(*) from job_run where id > $MARK and outcome <> 'RUNNING'")" -ge "$n" ]; do
        [ $SECONDS -lt $deadline ] || { echo "the scheduler did not run the jobs by $AT" >&2; exit 1; }
        sleep 5
    done
else
    echo "no POST /jobs/{name}/run on $BASE_URL: run with START=1 to time the jobs through the scheduler" >&2
    exit 2
fi
echo "# load after: $(uptime | sed 's/.*load average/load average/')"

sql "select 'RESULT', job, outcome, round(extract(epoch from finished_at - started_at)::numeric, 2) || ' s',
            'changed ' || changed, coalesce(summary, ''), coalesce(error, '')
     from job_run where id > $MARK order by started_at, id"
sql "select 'ALL', round(extract(epoch from max(finished_at) - min(started_at))::numeric, 2) || ' s from the first start to the last end'
     from job_run where id > $MARK"
sql "select 'REMINDERS', day, kind, outcome, count(*) from reminder where created_at >= (select min(started_at)
     from job_run where id > $MARK) group by day, kind, outcome order by kind, outcome"
bad=$(sql "select count(*) from job_run where id > $MARK and (outcome <> 'DONE'
           or extract(epoch from finished_at - started_at) > $TARGET_S)")
[ "$bad" = 0 ] || { echo "$bad runs failed or took over $TARGET_S s" >&2; exit 1; }
