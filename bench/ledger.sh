#!/usr/bin/env bash
# Times the activity ledger import (台账导入, docs/performance.md): writes a ledger of ROWS activities of the demo
# county as an .xlsx (python3's standard library only: zipfile and raw SpreadsheetML, written as it goes, shared
# strings for what repeats, dates as people type them), for its live groups, each with the objects it is actively
# paired with and its current members' mobiles, read from the app's database with psql; uploads it (the check:
# pass 1, rolled back), waits for the check, confirms (pass 2, one transaction), waits for the import, and prints
# the seconds and rows per second of each. It starts nothing: run the app first, e.g.
#
#   JAVA_OPTS=-Xmx512m ./run.sh --server.port=8093 --helituan.data-dir=/tmp/helituan-ledger \
#       --helituan.embedded-db.port=54493
#   ROWS=100000 BASE_URL=http://127.0.0.1:8093 DB_PORT=54493 bench/ledger.sh
#
# The import record's page is polled until its status changes and no job of the record waits or runs (a check or
# an import that runs inside the request has changed it when the request returns; one that runs as a background job
# changes it when done), so the script works either way; a background job's progress is printed as it goes. Each run writes new activities (their titles carry the run's stamp) into YEAR.
#
# Environment (defaults): BASE_URL (http://127.0.0.1:8093), ROWS (1000000), YEAR (2021), DB_PORT (54493), PSQL
# (psql), USER_NAME (admin), PASSWORD (demo1234), KEEP (a path to keep the generated file at). Loopback only. Fails
# when the check or the import reports a problem.
set -euo pipefail

BASE_URL=${BASE_URL:-http://127.0.0.1:8093}
ROWS=${ROWS:-1000000}
YEAR=${YEAR:-2021}
DB_PORT=${DB_PORT:-54493}
PSQL=${PSQL:-psql}
USER_NAME=${USER_NAME:-admin}
PASSWORD=${PASSWORD:-demo1234}
case "$BASE_URL" in
    http://127.0.0.1:*|http://localhost:*) ;;
    *) echo "BASE_URL must be on loopback, not $BASE_URL" >&2; exit 2 ;;
esac
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
jar=$WORK/cookies

# --- the demo county as the ledger names it: each live group's path of names, paired objects' codes, members' mobiles
"$PSQL" -X -q -t -A -F $'\t' -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres > "$WORK/groups.tsv" <<'SQL'
select (select string_agg(a.name, '/' order by array_position(string_to_array(trim(both '/' from g.path), '/'),
                                                               a.id::text))
          from unit a where a.id::text = any (string_to_array(trim(both '/' from g.path), '/'))),
       (select string_agg(o.code, ',' order by o.code) from assistance_relationship r
          join assisted_object o on o.id = r.object_id
         where r.group_id = g.id and r.status = 'ACTIVE' and not o.archived),
       coalesce((select string_agg(distinct m.mobile, ',') from membership s join member m on m.id = s.member_id
                  where s.unit_id = g.id and s.left_on is null), '')
from unit g where g.kind = 'GROUP' and not g.archived
  and exists (select 1 from assistance_relationship r where r.group_id = g.id and r.status = 'ACTIVE')
order by g.id;
SQL
"$PSQL" -X -q -t -A -F $'\t' -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres > "$WORK/types.tsv" \
    -c "select name, figures from activity_type where not archived order by sort_order, id"
[ -s "$WORK/groups.tsv" ] || { echo "no paired group in the database on port $DB_PORT" >&2; exit 1; }

file=$WORK/ledger-$ROWS.xlsx
python3 - "$WORK" "$ROWS" "$YEAR" "$file" <<'PY'
import sys, zipfile, random, time
from xml.sax.saxutils import escape

work, rows, year, path = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
groups = []
for line in open(f"{work}/groups.tsv", encoding="utf-8"):
    p, objs, mobiles = (line.rstrip("\n").split("\t") + ["", "", ""])[:3]
    groups.append((p, [o for o in objs.split(",") if o], [m for m in mobiles.split(",") if m]))
types = []
for line in open(f"{work}/types.tsv", encoding="utf-8"):
    name, figures = (line.rstrip("\n").split("\t") + [""])[:2]
    types.append((name, [f for f in figures.split(",") if f]))
FIGURES = ["FUNDS_SECURED", "PROJECTS_INTRODUCED", "TECHNOLOGIES_PROMOTED", "TRAININGS_HELD", "PEOPLE_TRAINED",
           "BENEFICIARIES", "PEOPLE_EMPLOYED", "PRODUCE_SOLD", "DONATIONS", "PATIENTS_SEEN"]
HEADERS = ["活动日期", "活动类型", "活动名称", "合力小组", "帮扶对象", "状态", "参加成员", "其他参加人数", "地点",
           "落实资金（元）", "引进项目（个）", "推广新技术新产品（项）", "培训（场次）", "培训人数", "受益人数",
           "帮助就业人数", "销售农产品（元）", "捐赠价值（元）", "义诊人次"]
MONEY = {"FUNDS_SECURED", "PRODUCE_SOLD", "DONATIONS"}
stamp = time.strftime("%H%M%S")
rnd = random.Random(42)
strings, index = [], {}

def sst(text):
    i = index.get(text)
    if i is None:
        i = index[text] = len(strings)
        strings.append(text)
    return i

def col(c):
    s = ""
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s

COLS = [col(c) for c in range(len(HEADERS))]
days = [(m, d) for m in range(1, 13) for d in range(1, 29)]
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
    with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as out:
        out.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.'
                  b'openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
        head = "".join(f'<c t="s"><v>{sst(h)}</v></c>' for h in HEADERS)
        out.write(f'<row r="1">{head}</row>'.encode())
        buf = []
        for i in range(rows):
            g, objs, mobiles = groups[i % len(groups)]
            name, figures = types[(i // len(groups)) % len(types)]
            m, d = days[i % len(days)]
            date = (f"{year}年{m}月{d}日", f"{year}.{m}.{d}", f"{year}-{m:02d}-{d:02d}")[i % 3]
            cells = {0: ("s", sst(date)), 1: ("s", sst(name)), 2: ("i", f"{name}{stamp}-{i}"), 3: ("s", sst(g)),
                     4: ("s", sst("、".join(objs[: 1 + i % min(2, len(objs))]))), 5: ("s", sst("已上报"))}
            if mobiles:
                cells[6] = ("s", sst(mobiles[i % len(mobiles)]))
            cells[7] = ("n", i % 5)
            cells[8] = ("s", sst(g.split("/")[-1]))
            for f in figures:
                c = 9 + FIGURES.index(f)
                cells[c] = ("n", f"{rnd.randint(1, 5000)}.{rnd.randint(0, 99):02d}" if f in MONEY else rnd.randint(1, 40))
            row = [f'<row r="{i + 2}">']
            expected = 0
            for c in sorted(cells):
                t, v = cells[c]
                ref = "" if c == expected else f' r="{COLS[c]}{i + 2}"'
                expected = c + 1
                if t == "s":
                    row.append(f'<c{ref} t="s"><v>{v}</v></c>')
                elif t == "i":
                    row.append(f'<c{ref} t="inlineStr"><is><t>{escape(v)}</t></is></c>')
                else:
                    row.append(f'<c{ref}><v>{v}</v></c>')
            row.append("</row>")
            buf.append("".join(row))
            if len(buf) >= 2000:
                out.write("".join(buf).encode())
                buf.clear()
        out.write("".join(buf).encode())
        out.write(b"</sheetData></worksheet>")
    with z.open("xl/sharedStrings.xml", "w") as out:
        out.write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats'
                  f'.org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">'.encode())
        for s in strings:
            out.write(f"<si><t>{escape(s)}</t></si>".encode())
        out.write(b"</sst>")
    z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://'
        'schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
        'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
        'PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main'
        '+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="'
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://'
        'schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>')
    z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://'
        'schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships"><sheets><sheet name="帮扶活动" sheetId="1" r:id="rId1"/></sheets>'
        '</workbook>')
    z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
        'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'sharedStrings" Target="sharedStrings.xml"/></Relationships>')
PY
[ -z "${KEEP:-}" ] || cp "$file" "$KEEP"
echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $ROWS ledger rows, $(du -h "$file" | cut -f1) xlsx, $(wc -l < "$WORK/groups.tsv") groups"

# --- log in
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
token=$(curl -sS -c "$jar" -b "$jar" "$BASE_URL/login" | csrf)
curl -sS -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$USER_NAME" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$token" "$BASE_URL/login"
token=$(curl -sS -c "$jar" -b "$jar" "$BASE_URL/imports" | csrf)
[ -n "$token" ] || { echo "cannot open /imports as $USER_NAME" >&2; exit 1; }

# The record's status badge (id="import-status"): polled until it is no longer the one given and no job of the
# record waits or runs (the page shows the job's progress, id="job-progress", while it does: the pass commits the
# record's new status a moment before its job is marked done, and the confirm button appears only then), or until
# the job has ended without changing it (id="job-outcome", e.g. an import refused). Every PROGRESS_EVERY seconds
# (default 15) the job's progress text is printed to stderr.
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
        sleep 1
    done
    echo "$s"
}

# --- pass 1: upload and check
t0=$(date +%s.%N)
location=$(curl -sS -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' -F "_csrf=$token" -F "kind=ACTIVITIES" \
    -F "file=@$file;filename=ledger.xlsx" "$BASE_URL/imports")
id=${location##*/}
case "$id" in ''|*[!0-9]*) echo "upload failed (redirected to '$location')" >&2; exit 1 ;; esac
checked=$(wait_while "$id" "已上传，检查中")
t1=$(date +%s.%N)
grep -q 'id="confirm"' "$WORK/page.html" || { echo "the check says '$checked': $BASE_URL/imports/$id" >&2; exit 1; }
version=$(grep -o 'name="version" value="[0-9]*"' "$WORK/page.html" | head -1 | grep -o '[0-9]*')
token=$(csrf < "$WORK/page.html")
formkey=$(grep -o 'name="formKey" value="[^"]*"' "$WORK/page.html" | head -1 | sed 's/.*value="//;s/"$//' || true)

# --- pass 2: confirm
t2=$(date +%s.%N)
curl -sS -c "$jar" -b "$jar" -o /dev/null --data "_csrf=$token&version=$version&formKey=$formkey" \
    "$BASE_URL/imports/$id/confirm"
done_status=$(wait_while "$id" "$checked")
t3=$(date +%s.%N)
[ "$done_status" = "已导入" ] || { echo "the import says '$done_status': $BASE_URL/imports/$id" >&2; exit 1; }
awk -v a="$t0" -v b="$t1" -v c="$t2" -v d="$t3" -v n="$ROWS" 'BEGIN {
    printf "RESULT rows=%d upload_and_check=%.1fs (%.0f rows/s) import=%.1fs (%.0f rows/s)\n", n, b - a, n / (b - a), d - c, n / (d - c) }'
echo "# record $BASE_URL/imports/$id, load $(cut -d' ' -f1-3 /proc/loadavg)"
