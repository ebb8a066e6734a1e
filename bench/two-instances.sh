#!/usr/bin/env bash
# Two application instances behind nginx on this machine, without Docker (issue 24): both on one PostgreSQL (the
# machine's server, a database of their own), nginx (Debian's package, its own config and prefix) in front with
# least-connections balancing. Then:
#   1. signs in as the demo org admin THROUGH NGINX, finds which instance served (nginx's X-Upstream header), stops that
#      instance, and asks again with the same cookie: the other instance must answer 200 in the same session (the
#      session is in PostgreSQL, Spring Session JDBC); the stopped instance is started again;
#   2. the daily jobs: both instances are started with helituan.jobs.daily-at a few minutes ahead; after that minute
#      every job has exactly one job_run row for today (db-scheduler: once across instances);
#   3. load-tests the dashboard (the org admin's, this year) with wrk: one instance directly, then the two through
#      nginx; prints requests/s, p95, the errors and the CPU seconds each java process used per request. Fails on any
#      response that is not 200 or a socket error.
# Figures: docs/performance.md ("Two instances behind nginx"). Ports: nginx 18320, instances 18322 and 18323.
#
#   bench/two-instances.sh
#
# Environment (defaults): PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), PGPASSWORD (postgres), DB
# (helituan_two, dropped and created anew), DURATION (20s), WARMUP (10s), CONNECTIONS (16), THREADS (2), LEAD_MIN
# (8: the minutes until the daily jobs; both instances must have started by then), NGINX (/usr/sbin/nginx), JAVA_OPTS (-Xmx512m), KEEP (set: leave everything running at the end).
set -euo pipefail
cd "$(dirname "$0")/.."

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGPASSWORD=${PGPASSWORD:-postgres}
DB=${DB:-helituan_two}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
LEAD_MIN=${LEAD_MIN:-8}
NGINX=${NGINX:-/usr/sbin/nginx}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
ZONE=Asia/Shanghai
LB=18320
PORTS=(18322 18323)
JAR=app/target/helituan.jar
WORK=$(mktemp -d /tmp/helituan-two.XXXXXX)
declare -A PIDS
NGINX_PID=

stop_instance() {
    local port=$1 pid=${PIDS[$1]:-}
    [ -n "$pid" ] || return 0
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    PIDS[$port]=
}
cleanup() {
    [ -n "${KEEP:-}" ] && { echo "left running: nginx on $LB, instances ${PORTS[*]}, work dir $WORK"; return; }
    for port in "${PORTS[@]}"; do stop_instance "$port"; done
    [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
command -v wrk >/dev/null || { echo "wrk is not installed" >&2; exit 2; }
[ -x "$NGINX" ] || { echo "no nginx at $NGINX (apt-get install nginx)" >&2; exit 2; }

if [ ! -f "$JAR" ]; then
    echo "building $JAR"
    ./mvnw -B -q -o package -DskipTests
fi

sql() { psql -X -q -t -A -F ' ' -d "$DB" -c "$1"; }
# a fresh database each run: the demo county loaded by the first instance, today's job runs only this run's
psql -X -q -d postgres -c "drop database if exists $DB"
psql -X -q -d postgres -c "create database $DB"

# the minute both instances run today's daily jobs, in the deployment's zone
JOBS_AT=$(TZ=$ZONE date -d "+$LEAD_MIN minutes" +%H:%M)
TODAY=$(TZ=$ZONE date -d "+$LEAD_MIN minutes" +%F)
JOBS_EPOCH=$(TZ=$ZONE date -d "$TODAY $JOBS_AT" +%s)

start_instance() {
    local port=$1
    # shellcheck disable=SC2086
    java $JAVA_OPTS -jar "$JAR" --server.port="$port" \
        --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$DB" --spring.datasource.username="$PGUSER" \
        --spring.datasource.password="$PGPASSWORD" --helituan.demo-data=true --helituan.jobs.daily-at="$JOBS_AT" \
        --spring.datasource.hikari.maximum-pool-size=10 >> "$WORK/app-$port.log" 2>&1 &
    PIDS[$port]=$!
}
wait_ready() {
    local port=$1 deadline=$((SECONDS + 600))
    until [ "$(curl -s --max-time 2 "http://127.0.0.1:$port/actuator/health/readiness")" = '{"status":"UP"}' ]; do
        kill -0 "${PIDS[$port]}" 2>/dev/null || { echo "instance $port died:" >&2; tail -30 "$WORK/app-$port.log" >&2; exit 1; }
        [ $SECONDS -lt $deadline ] || { echo "instance $port not ready" >&2; exit 1; }
        sleep 1
    done
    echo "instance $port ready (pid ${PIDS[$port]})"
}

echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); database $DB on $PGHOST:$PGPORT;" \
    "daily jobs at $JOBS_AT ($ZONE)"
# the first start loads the demo county (an empty database only); the second finds it there
start_instance "${PORTS[0]}"; wait_ready "${PORTS[0]}"
start_instance "${PORTS[1]}"; wait_ready "${PORTS[1]}"
[ "$(date +%s)" -lt "$JOBS_EPOCH" ] || { echo "FAIL: the instances were not up before $JOBS_AT: raise LEAD_MIN" >&2; exit 1; }

mkdir -p "$WORK/nginx/logs"
cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $WORK/nginx/body;
    proxy_temp_path $WORK/nginx/proxy;
    fastcgi_temp_path $WORK/nginx/fastcgi;
    uwsgi_temp_path $WORK/nginx/uwsgi;
    scgi_temp_path $WORK/nginx/scgi;
    client_max_body_size 200m;
    upstream helituan {
        least_conn;
        # passive checks (open-source nginx): an instance that refuses or fails is left out for 5 s
        server 127.0.0.1:${PORTS[0]} max_fails=1 fail_timeout=5s;
        server 127.0.0.1:${PORTS[1]} max_fails=1 fail_timeout=5s;
        keepalive 32;
    }
    server {
        listen 127.0.0.1:$LB;
        location / {
            proxy_pass http://helituan;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_next_upstream error timeout http_502 http_503;
            add_header X-Upstream \$upstream_addr always;
        }
    }
}
CONF
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' 2>>"$WORK/nginx/logs/error.log" &
NGINX_PID=$!
for _ in $(seq 1 50); do curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$LB/login" && break; sleep 0.2; done
curl -s -o /dev/null --max-time 5 "http://127.0.0.1:$LB/login" \
    || { echo "FAIL: nginx does not answer on $LB (port taken?)" >&2; cat "$WORK/nginx/logs/error.log" >&2; exit 1; }

# 1. a session outlives the instance that served it
JAR_COOKIES=$WORK/cookies
token=$(curl -sS -c "$JAR_COOKIES" -b "$JAR_COOKIES" "http://127.0.0.1:$LB/login" \
    | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)"/\1/') || true
[ -n "$token" ] || { echo "FAIL: no sign-in form through nginx" >&2; exit 1; }
location=$(curl -sS -c "$JAR_COOKIES" -b "$JAR_COOKIES" -o /dev/null -w '%{redirect_url}' --data-urlencode username=admin \
    --data-urlencode password=demo1234 --data-urlencode "_csrf=$token" "http://127.0.0.1:$LB/login")
case "$location" in *login*|'') echo "FAIL: sign-in through nginx went to '$location'" >&2; exit 1 ;; esac
COOKIE=$(awk '$6 == "SESSION" { print "SESSION=" $7 }' "$JAR_COOKIES" | tail -1)
served() {   # status and upstream of GET $1 through nginx with the cookie
    curl -sS -o /dev/null -D - -H "Cookie: $COOKIE" -w '%{http_code}\n' "http://127.0.0.1:$LB$1" \
        | awk 'tolower($1) == "x-upstream:" { u = $2 } /^[0-9][0-9][0-9]$/ { s = $1 } END { gsub("\r", "", u); print s, u }'
}
read -r status first <<<"$(served /dashboard)"
[ "$status" = 200 ] || { echo "FAIL: the dashboard through nginx answered $status" >&2; exit 1; }
stopped=${first##*:}
echo "SESSION signed in through nginx; /dashboard served by $first; stopping that instance"
stop_instance "$stopped"
read -r status second <<<"$(served /dashboard)"
if [ "$status" = 200 ] && [ "${second##*:}" != "$stopped" ]; then
    echo "PASS   session kept: /dashboard answered 200 by $second in the same session after $first stopped"
else
    echo "FAIL   session lost: after stopping $first, /dashboard answered $status by $second" >&2
    exit 1
fi
start_instance "$stopped"; wait_ready "$stopped"

# 3. load: one instance directly, then both through nginx
cpu() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
load() {   # label url
    local label=$1 url=$2 a0 b0 a1 b1 out
    BENCH_COOKIE=$COOKIE BENCH_LABEL="$label" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 5s \
        -s bench/report.lua "$url" >/dev/null
    a0=$(cpu "${PIDS[${PORTS[0]}]}"); b0=$(cpu "${PIDS[${PORTS[1]}]}")
    out=$(BENCH_COOKIE=$COOKIE BENCH_LABEL="$label" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 5s \
        --latency -s bench/report.lua "$url")
    a1=$(cpu "${PIDS[${PORTS[0]}]}"); b1=$(cpu "${PIDS[${PORTS[1]}]}")
    result=$(echo "$out" | grep '^RESULT')
    echo "$result"
    requests=$(echo "$result" | sed 's/.*requests=\([0-9]*\).*/\1/')
    awk -v a=$((a1 - a0)) -v b=$((b1 - b0)) -v n="$requests" -v hz="$(getconf CLK_TCK)" -v l="$label" \
        'BEGIN { printf "CPU    %s: instance %s %.1f s, instance %s %.1f s, %.2f ms of application CPU per request\n",
                 l, "'"${PORTS[0]}"'", a / hz, "'"${PORTS[1]}"'", b / hz, n ? (a + b) / hz * 1000 / n : 0 }'
    if ! echo "$result" | grep -q 'not200=0 ' || ! echo "$result" | grep -q 'socket_errors=0'; then
        echo "FAIL   $label: errors under load" >&2
        return 1
    fi
}
echo "# load: wrk -t$THREADS -c$CONNECTIONS -d$DURATION (warm-up $WARMUP) on /dashboard as admin; load $(cut -d' ' -f1-3 /proc/loadavg)"
load one-instance "http://127.0.0.1:${PORTS[0]}/dashboard"
load two-behind-nginx "http://127.0.0.1:$LB/dashboard"

# 2. the daily jobs ran once across both: the runs that started at the scheduled minute or after (a first start on an
# empty database also catches up on the days before, on the instance that starts first: not what is measured here)
echo "# waiting for the daily jobs at $JOBS_AT ($ZONE) and their runs"
runs="from job_run where started_at >= to_timestamp($JOBS_EPOCH)"
deadline=$((SECONDS + LEAD_MIN * 60 + 300))
until [ "$(date +%s)" -gt $((JOBS_EPOCH + 30)) ] && [ "$(sql "select count(*) $runs")" -ge 1 ] \
    && [ "$(sql "select count(*) $runs and outcome = 'RUNNING'")" = 0 ]; do
    [ $SECONDS -lt $deadline ] || { echo "FAIL: no job runs at $JOBS_AT" >&2; exit 1; }
    sleep 5
done
sleep 20
sql "select job, count(*), string_agg(distinct instance, ','), string_agg(outcome, ',') $runs group by job
     order by job" | while read -r job n instances outcomes; do
    echo "JOB    $job: $n run(s) on $instances ($outcomes)"
done
twice=$(sql "select count(*) from (select job $runs group by job, day having count(*) > 1) j")
if [ "$twice" = 0 ]; then
    echo "PASS   every daily job ran once across the two instances"
else
    echo "FAIL   $twice jobs ran more than once" >&2
    exit 1
fi
echo "# done $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg)"
