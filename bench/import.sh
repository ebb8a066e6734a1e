#!/usr/bin/env bash
# Times the Excel import (docs/performance.md): makes a roster of ROWS new members for the demo county (a title row,
# the template's headers, phones and dates as people type them), uploads it (the check: pass 1, rolled back), then
# confirms it (pass 2, one transaction), each pass a background job followed to its end, and prints the seconds of
# each and the rows per second.
#
#   ./run.sh --server.port=18080 --helituan.data-dir=/tmp/helituan-import    # the demo county, in another shell
#   ROWS=10000 bench/import.sh                       # CSV
#   ROWS=10000 FORMAT=xlsx bench/import.sh           # .xlsx, converted from the CSV by LibreOffice (soffice)
#
# Environment (defaults): BASE_URL (http://127.0.0.1:18080), ROWS (10000), FORMAT (csv | xlsx), USER_NAME (admin),
# PASSWORD (demo1234), PREFIX (3 digits the mobiles start with, 135: unlike the demo's 138 and the generator's).
# POLL (0.5 s between looks at the record while a pass runs), PROGRESS_EVERY (15 s); APP_PID and DB_PORT (the
# application's process and its PostgreSQL's port, optional): then each pass's CPU seconds of the application and of
# its PostgreSQL (the postmaster listening on DB_PORT and its children) are printed, from /proc.
# Only loopback. Fails when the check or the import reports a problem.
set -euo pipefail

BASE_URL=${BASE_URL:-http://127.0.0.1:18080}
ROWS=${ROWS:-10000}
FORMAT=${FORMAT:-csv}
USER_NAME=${USER_NAME:-admin}
PASSWORD=${PASSWORD:-demo1234}
PREFIX=${PREFIX:-135}
case "$BASE_URL" in
    http://127.0.0.1:*|http://localhost:*) ;;
    *) echo "BASE_URL must be on loopback, not $BASE_URL" >&2; exit 2 ;;
esac
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
jar=$WORK/cookies

# --- the file: members spread over the demo county's groups, each from one of its work units
csv=$WORK/roster-$ROWS.csv
awk -v rows="$ROWS" -v prefix="$PREFIX" -v seed="$(date +%s)" 'BEGIN {
    srand(seed);
    split("县委组织部,县发展和改革局,县农业农村局,县商务局,县人力资源和社会保障局", units, ",");
    team = "示范县干部人才合力团";
    split("产业发展分团/茶产业合力小组,产业发展分团/电商带货服务队,产业发展分团/科技特派工作组,民生服务分团/就业服务队,民生服务分团/医疗帮扶合力小组,民生服务分团/教育帮扶合力小组,基层治理分团/党建引领合力小组,基层治理分团/乡村治理合力小组", groups, ",");
    split("王 李 张 刘 陈 杨 黄 赵 吴 周", surnames, " ");
    split("伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平", given, " ");
    split("干部 专家 教师 医生 农技人员", types, " ");
    base = int(rand() * 9000000);
    print "示范县干部人才名册（导入测试，" rows " 人）";
    print "姓名,性别,派出单位,人员类别,职务,手机号码,中共党员,所在单位,入组日期,专长";
    for (i = 0; i < rows; i++) {
        name = surnames[1 + i % 10] given[1 + int(i / 10) % 20] given[1 + int(i / 200) % 20];
        mobile = sprintf("%s%08d", prefix, (base + i * 7) % 100000000);
        printf "%s,%s,%s,%s,%s,%s,%s,%s/%s,%s,%s\n", name, (i % 3 ? "男" : "女"), units[1 + i % 5],
            types[1 + i % 5], "科员", mobile, (i % 4 ? "是" : "否"), team, groups[1 + i % 8],
            (i % 2 ? "2023/6/1" : "2023年6月1日"), "农业技术推广";
    }
}' > "$csv"
file=$csv
if [ "$FORMAT" = xlsx ]; then
    HOME=$WORK soffice --headless --infilter="CSV:44,34,76,1,,2052" --convert-to xlsx --outdir "$WORK" "$csv" >/dev/null
    file=${csv%.csv}.xlsx
fi
echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $ROWS rows, $(du -h "$file" | cut -f1) $FORMAT"

# --- log in
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
token=$(curl -sS -c "$jar" -b "$jar" "$BASE_URL/login" | csrf)
curl -sS -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$USER_NAME" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$token" "$BASE_URL/login"
token=$(curl -sS -c "$jar" -b "$jar" "$BASE_URL/imports" | csrf)
[ -n "$token" ] || { echo "cannot open /imports as $USER_NAME" >&2; exit 1; }

# Both passes run as background jobs: the record's status badge (id="import-status") is polled every POLL seconds
# (default 0.5) until it is no longer the one given and no job of the record waits or runs (id="job-progress"), or
# until the job has ended without changing it (id="job-outcome"), as bench/ledger.sh does. Every PROGRESS_EVERY
# seconds (default 15) the job's progress text is printed to stderr.
status() { curl -sS -c "$jar" -b "$jar" "$BASE_URL/imports/$1" > "$WORK/page.html";
           grep -A2 'id="import-status"' "$WORK/page.html" | grep -o '>[^<>]*</span>' | head -1 | tr -d '<>/' | sed 's/span$//'; }
progress() { grep -A6 'id="job-state"' "$WORK/page.html" | grep -o '<span>[^<]*</span>' | sed 's/<[^>]*>//g' | head -1; }
wait_while() {
    local s last=0 now
    while s=$(status "$1"); [ -z "$s" ] || grep -q 'id="job-progress"' "$WORK/page.html" \
            || { [ "$s" = "$2" ] && ! grep -q 'id="job-outcome"' "$WORK/page.html"; }; do
        now=$(date +%s)
        if [ $((now - last)) -ge "${PROGRESS_EVERY:-15}" ] && grep -q 'id="job-progress"' "$WORK/page.html"; then
            echo "[$(date -u +%T)] $s: $(progress)" >&2; last=$now
        fi
        sleep "${POLL:-0.5}"
    done
    echo "$s"
}

# CPU seconds (user + system) of the application and of its PostgreSQL so far, "app db" (empty without APP_PID).
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
cpu() {
    [ -n "${APP_PID:-}" ] || return 0
    local hz db=0 pm c
    hz=$(getconf CLK_TCK)
    if [ -n "${DB_PORT:-}" ]; then
        pm=$(pgrep -f -- "postgres -D .* -p $DB_PORT( |$)" | head -1)
        for c in $pm $(pgrep -P "$pm"); do db=$((db + $(ticks "$c"))); done
    fi
    echo "$(ticks "$APP_PID") $db $hz"
}
spent() { [ -n "$1" ] && awk -v a="$1" -v b="$2" 'BEGIN { split(a, x); split(b, y);
    printf " (CPU: app %.1f s, db %.1f s)", (y[1] - x[1]) / x[3], (y[2] - x[2]) / x[3] }'; true; }

# --- pass 1: upload and check
c0=$(cpu)
t0=$(date +%s.%N)
location=$(curl -sS -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' -F "_csrf=$token" -F "file=@$file" \
    "$BASE_URL/imports")
id=${location##*/}
case "$id" in ''|*[!0-9]*) echo "upload failed (redirected to '$location')" >&2; exit 1 ;; esac
checked=$(wait_while "$id" "已上传，检查中")
t1=$(date +%s.%N)
c1=$(cpu)
grep -q 'id="confirm"' "$WORK/page.html" || { echo "the check says '$checked': $BASE_URL/imports/$id" >&2; exit 1; }
version=$(grep -o 'name="version" value="[0-9]*"' "$WORK/page.html" | head -1 | grep -o '[0-9]*')
token=$(csrf < "$WORK/page.html")
formkey=$(grep -o 'name="formKey" value="[^"]*"' "$WORK/page.html" | head -1 | sed 's/.*value="//;s/"$//' || true)

# --- pass 2: confirm
c2=$(cpu)
t2=$(date +%s.%N)
curl -sS -c "$jar" -b "$jar" -o /dev/null --data "_csrf=$token&version=$version&formKey=$formkey" \
    "$BASE_URL/imports/$id/confirm"
done_status=$(wait_while "$id" "$checked")
t3=$(date +%s.%N)
c3=$(cpu)
[ "$done_status" = "已导入" ] || { echo "the import says '$done_status': $BASE_URL/imports/$id" >&2; exit 1; }
awk -v a="$t0" -v b="$t1" -v c="$t2" -v d="$t3" -v n="$ROWS" 'BEGIN {
    printf "RESULT rows=%d upload_and_check=%.1fs (%.0f rows/s) import=%.1fs (%.0f rows/s)\n", n, b - a, n / (b - a), d - c, n / (d - c) }'
[ -z "${APP_PID:-}" ] || echo "# check$(spent "$c0" "$c1"), import$(spent "$c2" "$c3")"
echo "# record $BASE_URL/imports/$id, load $(cut -d' ' -f1-3 /proc/loadavg)"
