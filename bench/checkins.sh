#!/usr/bin/env bash
# Load test of the stationed cadres' daily check-in and the monthly attendance sheet (issue 18): bench/province.sh's
# province with $CADRES stationed first secretaries and a year of their check-ins (bench/checkins.sql), then
#  - the check-in: $SESSIONS cadres who have not checked in today log in (four at a time), and wrk (16 connections,
#    1 thread, bench/checkin.lua, every request built before the clock starts) posts each one's check-in once —
#    every request another cadre's session, a 3 MB phone JPEG with EXIF (bench/CheckInPhoto.java) as the body and
#    the village's position as parameters, as the check-in page's script sends it (BENCH_FORM=multipart: as the
#    page's form, a multipart body); a WARMUP_CHECKINS-second warm-up takes its own cadres (half of them); fails
#    when p95 is over CHECKIN_TARGET_P95_MS (200) or an answer was not that of a saved check-in;
#  - the monthly sheet (/attendance, this month and last) of a county sub-team leader's villages and of a city
#    sub-team leader's (several hundred cadres), as bench/lib.sh measures a page; fails over SHEET_TARGET_P95_MS
#    (1000).
# Every run checks in cadres who have not checked in today, so it can run again the same day until they run out
# ($CADRES / $SESSIONS runs). Loopback only. See docs/performance.md ("Stationed cadres' check-in").
#
#   START=1 bench/checkins.sh      # start run.sh on bench/province.sh's data dir, seed once, measure, stop
#
# Environment: as bench/lib.sh; DATA_DIR and DB_PORT of a province made by bench/province.sh (run first when DATA_DIR
# does not exist and START is set), CADRES (10000), SESSIONS (1500: more than the check-ins the warm-up and the run can
# make — the script fails when they run out; a login costs a BCrypt check, about a second each on a loaded host),
# CHECKIN_DURATION (8s), WARMUP_CHECKINS (8s), CHECKIN_THREADS (1), PHOTO_BYTES (3000000), ZONE (Asia/Shanghai,
# the deployment's), APP_ARGS (what START passes to run.sh besides: --helituan.storage.type=file, the photos as
# files), BENCH_FORM.
set -euo pipefail

BASE_URL=${BASE_URL:-http://127.0.0.1:18090}
DATA_DIR=${DATA_DIR:-/tmp/helituan-province}
DB_PORT=${DB_PORT:-54420}
CADRES=${CADRES:-10000}
SESSIONS=${SESSIONS:-1500}
CHECKIN_DURATION=${CHECKIN_DURATION:-8s}
WARMUP_CHECKINS=${WARMUP_CHECKINS:-8s}
PHOTO_BYTES=${PHOTO_BYTES:-3000000}
ZONE=${ZONE:-Asia/Shanghai}   # the deployment's zone (helituan.time-zone): its date is the check-in's day
CHECKIN_TARGET_P95_MS=${CHECKIN_TARGET_P95_MS:-200}
SHEET_TARGET_P95_MS=${SHEET_TARGET_P95_MS:-1000}
# one wrk thread for the check-ins: bench/checkin.lua builds every cadre's request in its init, before wrk's clock
# starts only when there is one thread (with two, the first sends while the second still builds)
CHECKIN_THREADS=${CHECKIN_THREADS:-1}
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"

sql() { "$PSQL" -X -q -t -A -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -c "$1"; }
if [ -n "${START:-}" ]; then
    if [ ! -d "$DATA_DIR" ]; then
        DATA_DIR=$DATA_DIR DB_PORT=$DB_PORT BASE_URL=$BASE_URL "$HERE/province.sh"
    fi
    # the photos as files (docs/performance.md: the check-in is measured so), unless APP_ARGS says otherwise
    APP_ARGS=${APP_ARGS:---helituan.storage.type=file} start_app prov-admin
    echo "seeding $CADRES stationed cadres and a year of their check-ins (bench/checkins.sql, once per data dir)"
    "$PSQL" -X -q -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -v cadres="$CADRES" -f "$HERE/checkins.sql"
fi
TODAY="(now() at time zone '$ZONE')::date"
echo "# $(sql "select count(*) from stationing where ends_on is null") stationed," \
    "$(sql "select count(*) from station_checkin") check-ins," \
    "$(sql "select count(*) from station_checkin where day = $TODAY") today"

failed=0
if [[ checkin =~ $ONLY ]]; then
    java "$HERE/CheckInPhoto.java" "$WORK/photo.jpg" "$PHOTO_BYTES" 34.36 107.24
    # cadres who have not checked in today, their village and its position
    sql "select a.username, s.object_id, o.latitude, o.longitude from account a
        join stationing s on s.member_id = a.member_id and s.ends_on is null
        join assisted_object o on o.id = s.object_id
        where a.created_by = 'bench-checkin' and a.enabled
          and not exists (select 1 from station_checkin c where c.member_id = a.member_id and c.day = $TODAY)
        order by a.id limit $SESSIONS" | tr '|' ' ' > "$WORK/cadres"
    [ "$(wc -l < "$WORK/cadres")" -ge "$SESSIONS" ] \
        || { echo "fewer than $SESSIONS cadres left who have not checked in today" >&2; exit 1; }
    echo "logging in $SESSIONS cadres (their session and the check-in page's CSRF token)"
    session_line() {   # username village latitude longitude -> "SESSION=… token village latitude longitude"
        local cookie token
        cookie=$(login "$1") || return 1
        token=$(curl -sS --max-time 10 -H "Cookie: $cookie" "$BASE_URL/checkin" \
            | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)"/\1/')
        [ -n "$token" ] || { echo "no CSRF token on /checkin for $1" >&2; return 1; }
        echo "$cookie $token $2 $3 $4"
    }
    export -f session_line login
    export BASE_URL PASSWORD WORK
    xargs -P 4 -L 1 bash -c 'session_line "$@"' _ < "$WORK/cadres" > "$WORK/sessions"
    # the warm-up's cadres first, the measured run's after them
    half=$((SESSIONS / 2))
    head -n "$half" "$WORK/sessions" > "$WORK/warmup"
    tail -n +"$((half + 1))" "$WORK/sessions" > "$WORK/measured"
    echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), cpu probe $(probe);" \
        "wrk -t$CHECKIN_THREADS -c$CONNECTIONS -d$CHECKIN_DURATION, $(stat -c %s "$WORK/photo.jpg")-byte photo"
    BENCH_SESSIONS=$WORK/warmup BENCH_PHOTO=$WORK/photo.jpg BENCH_THREADS=$CHECKIN_THREADS BENCH_LABEL=warmup \
        timeout 120 wrk -t"$CHECKIN_THREADS" -c"$CONNECTIONS" -d"$WARMUP_CHECKINS" --timeout 5s --latency \
        -s "$HERE/checkin.lua" "$BASE_URL" | grep -E '^(RESULT|FIRST|SESSIONS)' || true
    APP_CPU_PID=${APP_PID:-$(ss -ltnp 2>/dev/null | grep ":${BASE_URL##*:} " | grep -o 'pid=[0-9]*' | head -1 \
        | cut -d= -f2)}
    read -r m0 a0 p0 <<<"$(cpu_now)"
    out=$(BENCH_SESSIONS=$WORK/measured BENCH_PHOTO=$WORK/photo.jpg BENCH_THREADS=$CHECKIN_THREADS \
        BENCH_LABEL=checkin \
        timeout 120 wrk -t"$CHECKIN_THREADS" -c"$CONNECTIONS" -d"$CHECKIN_DURATION" --timeout 5s --latency \
        -s "$HERE/checkin.lua" "$BASE_URL")
    read -r m1 a1 p1 <<<"$(cpu_now)"
    echo "$out" | grep -E '^(RESULT|FIRST|SESSIONS)'
    echo "CPU    checkin: machine $(seconds $((m1 - m0))) s, app $(seconds $((a1 - a0))) s," \
        "postgres $(seconds $((p1 - p0))) s"
    echo "# done $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg); $(sql "select count(*) from station_checkin
        where day = $TODAY") check-ins today, $(sql "select count(*) from station_checkin where day = $TODAY
        and doubts <> ''") of them doubtful"
    result=$(echo "$out" | grep '^RESULT')
    p95=$(echo "$result" | sed 's/.*p95=\([0-9.]*\)ms.*/\1/')
    if ! echo "$result" | grep -q 'not200=0 socket_errors=0' || echo "$out" | grep -q '^SESSIONS_SHORT'; then
        echo "FAIL checkin: an answer was not a saved check-in's redirect, a socket failed or cadres ran out" >&2
        failed=1
    fi
    if awk -v p="$p95" -v t="$CHECKIN_TARGET_P95_MS" 'BEGIN { exit !(p > t) }'; then
        echo "FAIL checkin: p95 ${p95} ms is over ${CHECKIN_TARGET_P95_MS} ms" >&2
        failed=1
    fi
fi

declare -A COOKIES
for role in subteam city; do
    COOKIES[$role]=$(login "prov-$role")
done
LAST=$(sql "select to_char(current_date - interval '1 month', 'YYYY-MM')")
for role in subteam city; do
    echo "# prov-$role's villages with a stationed cadre: $(sql "select count(distinct s.id) from stationing s
        join assistance_relationship r on r.object_id = s.object_id and r.status = 'ACTIVE'
        join unit g on g.id = r.group_id join account a on a.username = 'prov-$role'
        join unit u on u.id = a.scope_unit_id where s.ends_on is null and g.path like u.path || '%'")"
done
RUNS=()
for run in "sheet-county subteam /attendance" "sheet-county-last subteam /attendance?month=$LAST" \
           "sheet-city city /attendance" "sheet-city-last city /attendance?month=$LAST" \
           "sheet-city-page-5 city /attendance?month=$LAST&page=5" \
           "sheet-city-absent city /attendance?month=$LAST&absent=true"; do
    [[ ${run%% *} =~ $ONLY ]] && RUNS+=("$run")
done
if [ ${#RUNS[@]} -gt 0 ]; then
    TARGET_P95_MS=$SHEET_TARGET_P95_MS measure || failed=1
fi
exit $failed
