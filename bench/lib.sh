# Shared by the load tests (bench/members.sh, bench/activities.sh): logging in with curl, starting ./run.sh on an
# embedded PostgreSQL, and measuring a list of URLs with wrk (WARMUP_ROUNDS warm-up passes, then a measured pass), printing one RESULT
# line per URL and the CPU each part of the machine used. Sourced, not run. The caller sets BASE_URL and DATA_DIR
# (and what differs from the defaults below) before sourcing.

# The defaults every load test shares; a script sets its own (BASE_URL, DATA_DIR, DB_PORT, a smaller data set, a
# looser target) before sourcing, and the environment overrides both.
: "${DURATION:=20s}" "${WARMUP:=10s}" "${CONNECTIONS:=16}" "${THREADS:=2}" "${PASSWORD:=demo1234}"
: "${WARMUP_ROUNDS:=3}" "${TARGET_P95_MS:=100}" "${MEMBERS:=30000}" "${SEED:=42}" "${OBJECTS:=10000}"
: "${DEMANDS:=50000}"
: "${RESOURCES:=20000}" "${ACTIVITIES:=1000000}" "${PSQL:=psql}" "${ONLY:=.}"

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
WORK=$(mktemp -d)
APP_PID=

cleanup() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        echo "stopping the app (pid $APP_PID)"
        kill "$APP_PID"
        for _ in $(seq 1 100); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

case "$BASE_URL" in
    http://127.0.0.1:*|http://localhost:*) ;;
    *) echo "BASE_URL must be on loopback (http://127.0.0.1:PORT), not $BASE_URL" >&2; exit 2 ;;
esac
command -v wrk >/dev/null || { echo "wrk is not installed" >&2; exit 2; }

urlencode() {
    local LC_ALL=C s=$1 out= c i
    for ((i = 0; i < ${#s}; i++)); do
        c=${s:i:1}
        case "$c" in
            [a-zA-Z0-9.~_-]) out+=$c ;;
            *) out+=$(printf '%%%02X' "'$c") ;;
        esac
    done
    printf '%s' "$out"
}

# Logs in as $1 and prints the session cookie ("SESSION=..."); fails on a wrong password or a forced change.
login() {
    local user=$1 jar=$WORK/$1.cookies token location
    token=$(curl -sS --max-time 10 -c "$jar" -b "$jar" "$BASE_URL/login" \
        | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)"/\1/')
    [ -n "$token" ] || { echo "no CSRF token on $BASE_URL/login" >&2; return 1; }
    location=$(curl -sS --max-time 10 -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' \
        --data-urlencode "username=$user" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" \
        "$BASE_URL/login")
    case "$location" in
        *login*|*password*|'') echo "login as $user failed (redirected to '$location')" >&2; return 1 ;;
    esac
    awk '$6 == "SESSION" { print "SESSION=" $7 }' "$jar" | tail -1
}

wait_for_login() {
    local user=$1 deadline=$((SECONDS + ${2:-600}))
    until curl -s --max-time 2 -o /dev/null "$BASE_URL/login"; do
        [ $SECONDS -lt $deadline ] || { echo "the app did not answer on $BASE_URL" >&2; return 1; }
        sleep 0.5
    done
    # the generator runs before the web server answers; its admin logging in proves the roster is there
    until login "$user" >/dev/null 2>&1; do
        [ $SECONDS -lt $deadline ] || { echo "$user cannot log in: is the roster generated?" >&2; return 1; }
        sleep 1
    done
}

# Starts ./run.sh on port of BASE_URL with an embedded PostgreSQL in DATA_DIR and a generated roster of MEMBERS
# members (generated once per data dir), and waits until $1 can log in.
start_app() {
    local port=${BASE_URL##*:}
    echo "starting ./run.sh on port $port, data in $DATA_DIR, $MEMBERS generated members (seed $SEED), log $DATA_DIR.log"
    "$HERE/../run.sh" --server.port="$port" --helituan.data-dir="$DATA_DIR" \
        --helituan.embedded-db.port="${DB_PORT:-54410}" \
        --helituan.generate.members="$MEMBERS" --helituan.generate.seed="$SEED" ${APP_ARGS:-} > "$DATA_DIR.log" 2>&1 &
    APP_PID=$!   # run.sh ends by exec-ing java, so this is the application's pid
    wait_for_login "$1" 900
}

# CPU seconds used so far: the whole machine (busy), the application (APP_PID, when known) and every postgres
# process; what is left is wrk, the kernel and whatever else runs on the machine (other users skew the figures).
cpu_now() {   # in clock ticks (1/100 s): machine busy, application, postgres
    local app=0 pg=0 p
    read -r _ user nice system _ <<<"$(head -1 /proc/stat)"
    [ -n "$APP_CPU_PID" ] && app=$(awk '{ print $14 + $15 }' "/proc/$APP_CPU_PID/stat" 2>/dev/null || echo 0)
    for p in $(pgrep -x postgres); do
        pg=$((pg + $(awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null || echo 0)))
    done
    echo "$((user + nice + system)) $app $pg"
}
seconds() { awk -v t="$1" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t / hz }'; }

# A fixed piece of work timed on one core: on a shared machine it shows how fast the CPU was for this run.
probe() {
    local t0 t1
    t0=$(date +%s%N)
    awk 'BEGIN { for (i = 0; i < 20000000; i++) s += i }'
    t1=$(date +%s%N)
    echo "$(( (t1 - t0) / 1000000 )) ms"
}

# Measures every "label role path" line of the array RUNS, the session cookie of each role in the associative array
# COOKIES; returns 1 when a response was not 200, a socket failed or p95 was over TARGET_P95_MS.
measure() {
    APP_CPU_PID=${APP_PID:-$(ss -ltnp 2>/dev/null | grep ":${BASE_URL##*:} " | grep -o 'pid=[0-9]*' | head -1 \
        | cut -d= -f2)}
    echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), cpu probe $(probe);" \
        "wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
    local failed=0 pass run label role path duration out result not200 socket p95 requests rest
    local m0 a0 p0 m1 a1 p1
    # WARMUP_ROUNDS warm-up passes over every URL first: the pages share most of their code, and the JIT compiler
    # was still busy (a fifth of the application's CPU) after one pass of 10 s a page (docs/performance.md)
    local passes=() round
    for round in $(seq 1 "$WARMUP_ROUNDS"); do passes+=(warmup); done
    for pass in "${passes[@]}" measure; do
        for run in "${RUNS[@]}"; do
            read -r label role path <<<"$run"
            duration=$DURATION
            [ $pass = warmup ] && duration=$WARMUP
            read -r m0 a0 p0 <<<"$(cpu_now)"
            out=$(BENCH_COOKIE=${COOKIES[$role]} BENCH_LABEL="$label" timeout 120 wrk -t"$THREADS" \
                -c"$CONNECTIONS" -d"$duration" --timeout 5s --latency -s "$HERE/report.lua" "$BASE_URL$path")
            read -r m1 a1 p1 <<<"$(cpu_now)"
            [ $pass = warmup ] && continue
            echo "$out" | grep -E '^(RESULT|FIRST_NOT_200)' | while read -r line; do echo "$line $role $path"; done
            rest=$((m1 - m0 - a1 + a0 - p1 + p0))
            echo "CPU    $label: machine $(seconds $((m1 - m0))) s, app $(seconds $((a1 - a0))) s," \
                "postgres $(seconds $((p1 - p0))) s, rest (wrk, kernel, others) $(seconds $rest) s"
            result=$(echo "$out" | grep '^RESULT')
            not200=$(echo "$result" | sed 's/.*not200=\([0-9]*\).*/\1/')
            socket=$(echo "$result" | sed 's/.*socket_errors=\([0-9]*\).*/\1/')
            p95=$(echo "$result" | sed 's/.*p95=\([0-9.]*\)ms.*/\1/')
            requests=$(echo "$result" | sed 's/.*requests=\([0-9]*\).*/\1/')
            if [ "${requests:-0}" = 0 ]; then
                echo "FAIL $label: no request completed" >&2
                failed=1
            fi
            if [ "$not200" != 0 ] || [ "$socket" != 0 ]; then
                echo "FAIL $label: $not200 responses were not 200, $socket socket errors" >&2
                failed=1
            fi
            if awk -v p="$p95" -v t="$TARGET_P95_MS" 'BEGIN { exit !(p > t) }'; then
                echo "FAIL $label: p95 ${p95} ms is over ${TARGET_P95_MS} ms" >&2
                failed=1
            fi
        done
    done
    echo "# done $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg), cpu probe $(probe)"
    return $failed
}

# Seeds the province on the database at DB_PORT (each step once per data dir): bench/demands.sql's objects, pairings,
# demands and resources, then bench/province.sql's five years of activities, photos' records and plans.
seed_province() {
    echo "seeding $OBJECTS objects, $DEMANDS demands, $RESOURCES resources (bench/demands.sql, once per data dir)"
    "$PSQL" -X -q -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -v n="$DEMANDS" -v objects="$OBJECTS" \
        -v resources="$RESOURCES" -f "$HERE/demands.sql"
    echo "seeding $ACTIVITIES activities over five years, photos' records, plans (bench/province.sql; minutes)"
    "$PSQL" -X -q -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -v n="$ACTIVITIES" -v seed="$SEED" \
        -f "$HERE/province.sql"
}

# The page's CSRF token for the session cookie $1 on the path $2.
csrf_of() {
    curl -sS -b "$1" "$BASE_URL$2" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)"/\1/'
}

# A reviewer of the province, prov-reviewer (the generator makes the managers' accounts; this one is the benchmark's).
add_reviewer() {
    "$PSQL" -X -q -t -A -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -c "
     insert into account (username, password_hash, display_name, role, scope_unit_id, must_change_password,
         created_at)
     select 'prov-reviewer', a.password_hash, '考核评审', 'REVIEWER', a.scope_unit_id, false, now()
     from account a where a.username = 'prov-subteam'
       and not exists (select 1 from account where username = 'prov-reviewer')" >/dev/null
}

# Sets ROUND to the whole province's evaluation round of the year $1, opening it as the org admin (COOKIES[admin])
# with prov-reviewer as its reviewer when no earlier run did (its groups, members and indicators in one request).
open_round() {
    local year=$1 out code took location form g w
    ROUND=$("$PSQL" -X -q -t -A -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres \
        -c "select id from evaluation_round where year = $year and scope_unit_id is null")
    if [ -n "$ROUND" ]; then
        echo "OPEN   round $ROUND of the province for $year was opened by an earlier run"
        return 0
    fi
    form=(--data-urlencode "name=$year 年度全省考核（基准 $(date +%H%M%S)）" --data-urlencode "year=$year"
          --data-urlencode "deadline=$((year + 1))-12-31" --data-urlencode "topQuota=30"
          --data-urlencode "reviewerIds=$("$PSQL" -X -q -t -A -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres \
              -c "select id from account where username = 'prov-reviewer'")")
    for g in EXCELLENT COMPETENT BASIC INCOMPETENT; do form+=(--data-urlencode "grades=$g"); done
    for w in TASKS:20 KEY_TASKS:15 CONFIRMED_SHARE:10 FUNDS_SECURED:10 PROJECTS_INTRODUCED:5 TRAININGS_HELD:5 \
             PEOPLE_TRAINED:5 BENEFICIARIES:5 PEOPLE_EMPLOYED:5 DEMANDS_RESOLVED:10 OVERDUE:5 DISPUTED:5 \
             ATTENDANCE:0 DOUBTFUL_CHECKINS:0 FINDINGS:0 RECTIFIED_ON_TIME:0; do
        form+=(--data-urlencode "weights[${w%%:*}]=${w##*:}")
    done
    out=$(curl -sS -o /dev/null -w '%{http_code} %{time_total} %{redirect_url}' -b "${COOKIES[admin]}" "${form[@]}" \
        --data-urlencode "_csrf=$(csrf_of "${COOKIES[admin]}" /evaluations/new)" "$BASE_URL/evaluations")
    read -r code took location <<<"$out"
    [ "$code" = 302 ] || { echo "FAIL open: HTTP $code" >&2; return 1; }
    ROUND=${location##*/}
    echo "OPEN   round $ROUND of the province for $year (entries, members, indicators): $took s"
}
