-- A year of a province's supervision (督导检查, issue 19) on top of bench/province.sh's data: the 24 half-months before
-- this month, a plan for each top sub-team (a city; on bench/province.sh's data 12 cities and the demo county's 3) and
-- half-month (360 plans, each over every group of the sub-team, checklist version 1, three inspectors: bench accounts
-- bench-inspector-<city>-<k>, password demo1234, INSPECTOR scoped to the city); every group inspected once a half-month
-- (3,000 groups × 24 = 72,000 inspections, one in three announced, two unannounced), each with the checklist's seven
-- item results, two of the group's members seen (one in forty absent, most of them checked in that day: flagged) and
-- the questionnaire's counts; four findings an inspection and a fifth in one in ten (≈300,000), a third naming a cadre,
-- in states by age — those past their deadline by more than ten days 78 % closed on time, 15 % closed late, 4 % open,
-- 2 % answered, 1 % returned (all overdue but the closed); the recent ones 35 % closed, 30 % open, 25 % answered,
-- 10 % returned — and a measure (提醒谈话 … 组织调整) on one in sixty findings that name a cadre. Loaded with triggers off,
-- then analysed.
-- Deterministic; run once per data dir (a second run adds nothing).
--   psql -v inspectors=3 -f bench/supervision.sql
\set ON_ERROR_STOP on
SELECT count(*) > 0 AS seeded FROM supervision_plan WHERE created_by = 'bench-supervision' \gset
\if :seeded
\echo supervision already seeded
\quit
\endif

BEGIN;
SET LOCAL session_replication_role = replica;
SELECT date_trunc('month', current_date)::date - interval '12 months' AS first_month \gset
SELECT id AS checklist FROM supervision_checklist WHERE number = 1 \gset

-- the city sub-teams (children of the team) and their groups, numbered
CREATE TEMP TABLE s_city AS
SELECT c.id, c.path, row_number() OVER (ORDER BY c.id) - 1 AS i
FROM unit c JOIN unit t ON t.id = c.parent_id AND t.kind = 'TEAM'
WHERE c.kind = 'SUB_TEAM' AND NOT c.archived;
CREATE TEMP TABLE s_group AS
SELECT g.id, c.id AS city_id, row_number() OVER (PARTITION BY c.id ORDER BY g.tree_order, g.id) AS k,
       row_number() OVER (ORDER BY g.id) - 1 AS i
FROM unit g JOIN s_city c ON g.path LIKE c.path || '%'
WHERE g.kind = 'GROUP' AND NOT g.archived;
CREATE UNIQUE INDEX ON s_group (id);
ANALYZE s_group;
-- each group's first two current members (seen on site)
CREATE TEMP TABLE s_member AS
SELECT group_id, member_id, k FROM (
    SELECT s.unit_id AS group_id, s.member_id, row_number() OVER (PARTITION BY s.unit_id ORDER BY s.id) - 1 AS k
    FROM membership s JOIN s_group g ON g.id = s.unit_id WHERE s.left_on IS NULL) x
WHERE k < 2;
CREATE UNIQUE INDEX ON s_member (group_id, k);
ANALYZE s_member;
CREATE TEMP TABLE s_item AS
SELECT id, position, max_score FROM supervision_item WHERE checklist_id = :checklist;

-- inspectors: :inspectors accounts per city
INSERT INTO account (username, password_hash, display_name, role, scope_unit_id, must_change_password,
                     password_changed_at, created_at, created_by)
SELECT 'bench-inspector-' || c.id || '-' || k, (SELECT password_hash FROM account WHERE username = 'prov-leader'),
       '督导员' || c.i || '-' || k, 'INSPECTOR', c.id, false, now(), now(), 'bench-supervision'
FROM s_city c CROSS JOIN generate_series(0, :inspectors - 1) k
WHERE NOT EXISTS (SELECT 1 FROM account a WHERE a.username = 'bench-inspector-' || c.id || '-' || k);

-- plan h of city c: the h-th half-month (1st–15th, 16th–end) of the twelve months before this one
CREATE TEMP TABLE s_plan AS
SELECT nextval('supervision_plan_id_seq') AS id, c.id AS city_id, c.i AS ci, h,
       (date_trunc('month', :'first_month'::date) + (h / 2) * interval '1 month')::date + (h % 2) * 15 AS starts_on,
       CASE WHEN h % 2 = 0 THEN (date_trunc('month', :'first_month'::date) + (h / 2) * interval '1 month')::date + 14
            ELSE (date_trunc('month', :'first_month'::date) + (h / 2 + 1) * interval '1 month')::date - 1
       END AS ends_on,
       (SELECT count(*) FROM s_group g WHERE g.city_id = c.id) AS groups
FROM s_city c CROSS JOIN generate_series(0, 23) h;
CREATE UNIQUE INDEX ON s_plan (id);
ANALYZE s_plan;
INSERT INTO supervision_plan (id, name, scope_unit_id, starts_on, ends_on, checklist_id, sample_size, seed,
                              candidates, group_count, created_at, created_by)
SELECT id, to_char(starts_on, 'YYYY"年"FMMM"月"') || CASE WHEN h % 2 = 0 THEN '上半月' ELSE '下半月' END || '督查（第'
           || (ci + 1) || '片区）',
       city_id, starts_on, ends_on, :checklist, NULL, NULL, groups, groups, now(), 'bench-supervision'
FROM s_plan;
INSERT INTO supervision_plan_unit (plan_id, position, unit_id)
SELECT p.id, g.k - 1, g.id FROM s_plan p JOIN s_group g ON g.city_id = p.city_id;   -- @OrderColumn: from 0
INSERT INTO supervision_plan_inspector (plan_id, account_id)
SELECT p.id, a.id FROM s_plan p JOIN account a ON a.scope_unit_id = p.city_id AND a.created_by = 'bench-supervision';

-- every group of every plan inspected on a day of its half-month by one of the city's inspectors
CREATE TEMP TABLE s_insp AS
SELECT nextval('supervision_inspection_id_seq') AS id, x.*,
       x.starts_on + (x.hsh % (x.ends_on - x.starts_on + 1)) AS inspected_on
FROM (SELECT p.id AS plan_id, g.id AS group_id, p.starts_on, p.ends_on, p.city_id,
             'bench-inspector-' || p.city_id || '-' || (g.k + p.h) % :inspectors AS inspector,
             row_number() OVER (ORDER BY p.h, g.i) AS s,
             ((row_number() OVER (ORDER BY p.h, g.i) * 104729 + g.i * 31) % 10007)::int AS hsh
      FROM s_plan p JOIN s_group g ON g.city_id = p.city_id) x;
CREATE UNIQUE INDEX ON s_insp (id);
ANALYZE s_insp;
INSERT INTO supervision_inspection (id, plan_id, unit_id, checklist_id, inspector, inspected_on, announced, met,
                                    asked, satisfied, basically, dissatisfied, note, created_at, created_by)
SELECT id, plan_id, group_id, :checklist, inspector, inspected_on, hsh % 3 = 0,
       CASE WHEN hsh % 2 = 0 THEN '村党支部书记、驻村第一书记、两名村民代表' ELSE '小组组长、驻村工作队员' END,
       10, 5 + hsh % 3, 2, hsh % 2, CASE WHEN hsh % 5 = 0 THEN '查阅台账、走访农户，总体情况较好。' END,
       inspected_on::timestamp + interval '16 hours', 'bench-supervision'
FROM s_insp;
INSERT INTO supervision_result (inspection_id, item_id, passed, score, note, created_at, created_by)
SELECT n.id, it.id, (n.hsh + it.position) % 7 <> 0,
       CASE WHEN it.max_score IS NOT NULL THEN it.max_score - (n.hsh + it.position) % 4 END,
       CASE WHEN (n.hsh + it.position) % 7 = 0 THEN '台账记录不完整' END,
       n.inspected_on::timestamp + interval '16 hours', 'bench-supervision'
FROM s_insp n CROSS JOIN s_item it;
INSERT INTO supervision_presence (inspection_id, member_id, present, checked_in, created_at, created_by)
SELECT n.id, m.member_id, (n.hsh + m.k) % 40 <> 0, (n.hsh + m.k) % 9 <> 0,
       n.inspected_on::timestamp + interval '16 hours', 'bench-supervision'
FROM s_insp n JOIN s_member m ON m.group_id = n.group_id;

-- four findings an inspection, five in one in ten; states by how long ago the deadline was
CREATE TEMP TABLE s_find AS
SELECT nextval('supervision_finding_id_seq') AS id, y.*,
       CASE WHEN y.r IN ('ON_TIME', 'LATE') THEN 'CLOSED' ELSE y.r END AS status,
       CASE WHEN y.r = 'ON_TIME' THEN least(y.found_on + y.fh % (y.deadline - y.found_on + 1), current_date)
            WHEN y.r = 'LATE' THEN least(y.deadline + 1 + y.fh % 20, current_date) END AS closed_on
FROM (SELECT x.*,
             CASE WHEN x.deadline < current_date - 10 THEN
                      CASE WHEN x.fh % 100 < 78 THEN 'ON_TIME' WHEN x.fh % 100 < 93 THEN 'LATE'
                           WHEN x.fh % 100 < 97 THEN 'OPEN' WHEN x.fh % 100 < 99 THEN 'ANSWERED' ELSE 'RETURNED' END
                  ELSE CASE WHEN x.fh % 100 < 35 THEN 'ON_TIME' WHEN x.fh % 100 < 65 THEN 'OPEN'
                            WHEN x.fh % 100 < 90 THEN 'ANSWERED' ELSE 'RETURNED' END END AS r
      FROM (SELECT n.id AS inspection_id, n.group_id, n.inspector, n.inspected_on AS found_on, j,
                   ((n.s * 7 + j * 104729) % 10007)::int AS fh,
                   n.inspected_on + CASE WHEN (n.s * 7 + j * 104729) % 20 = 0 THEN 7
                                         WHEN (n.s * 7 + j * 104729) % 20 < 6 THEN 15 ELSE 30 END AS deadline,
                   CASE WHEN (n.s * 7 + j * 104729) % 20 = 0 THEN 'GRAVE'
                        WHEN (n.s * 7 + j * 104729) % 20 < 6 THEN 'SERIOUS' ELSE 'MINOR' END AS severity,
                   CASE WHEN (n.s + j) % 3 = 0 THEN m.member_id END AS member_id,
                   (SELECT id FROM s_item WHERE position = 1 + (n.s + j * 3) % 8) AS item_id
            FROM s_insp n CROSS JOIN LATERAL generate_series(1, 4 + (n.hsh % 10 = 0)::int) j
            LEFT JOIN s_member m ON m.group_id = n.group_id AND m.k = j % 2) x) y;
CREATE UNIQUE INDEX ON s_find (id);
ANALYZE s_find;
INSERT INTO supervision_finding (id, inspection_id, unit_id, member_id, item_id, what, place, severity, found_on,
                                 deadline, status, answer, answered_by, answered_at, reason, verified_by, closed_on,
                                 created_at, created_by, updated_at, updated_by)
SELECT id, inspection_id, group_id, member_id, item_id,
       (ARRAY['驻村工作队员考勤记录与实际在岗情况不符', '政策宣传资料未发放到户，群众知晓率低',
              '入户走访记录不全，部分脱贫户近两月未走访', '一户一策帮扶措施针对性不强，与户情不符',
              '驻村干部生活补助未按月发放', '党支部“三会一课”记录缺失', '工作日有队员离岗未请假'])[1 + fh % 7]
           || '（第 ' || j || ' 项）',
       CASE WHEN fh % 4 = 0 THEN '村委会' WHEN fh % 4 = 1 THEN '农户家中' END, severity, found_on, deadline, status,
       CASE WHEN r <> 'OPEN' THEN '已按要求整改，补齐台账并张贴公示，附整改前后照片。' END,
       CASE WHEN r <> 'OPEN' THEN 'bench-leader' END,
       CASE WHEN r <> 'OPEN' THEN coalesce(closed_on, least(found_on + 5, current_date))::timestamp
                                  + interval '10 hours' END,
       CASE WHEN r = 'RETURNED' THEN '整改证据不足，请补充照片和签字记录' END,
       CASE WHEN status = 'CLOSED' THEN inspector END, closed_on,
       found_on::timestamp + interval '17 hours', inspector,
       CASE WHEN r <> 'OPEN' THEN coalesce(closed_on, least(found_on + 5, current_date))::timestamp
                                  + interval '10 hours' END,
       CASE WHEN r <> 'OPEN' THEN inspector END
FROM s_find;

-- measures: one in sixty findings that name a cadre
INSERT INTO supervision_measure (member_id, kind_id, finding_id, basis, decided_on, document_no, note, created_at,
                                 created_by)
SELECT member_id, (SELECT k.id FROM supervision_measure_kind k
                   WHERE k.code = (ARRAY['REMINDER_TALK', 'CRITICISM', 'ADMONITION', 'REASSIGNMENT'])[1 + (fh / 60) % 4]),
       id, NULL,
       least(found_on + 20, current_date), '督字〔' || extract(year FROM found_on) || '〕' || id || '号',
       CASE WHEN fh % 120 = 0 THEN '经组织研究决定' END, now(), 'bench-supervision'
FROM s_find WHERE member_id IS NOT NULL AND fh % 60 = 0;
-- session_replication_role = replica above skipped the triggers, V90's tally of findings by state and deadline among
-- them: counted afresh from the findings, as V90 does
DELETE FROM supervision_finding_count;
INSERT INTO supervision_finding_count (status, deadline, n)
SELECT status, deadline, count(*) FROM supervision_finding GROUP BY status, deadline;
-- and V99's of findings by group and state, V98's of inspections by group
DELETE FROM supervision_finding_unit_count;
INSERT INTO supervision_finding_unit_count (unit_id, status, n)
SELECT unit_id, status, count(*) FROM supervision_finding GROUP BY unit_id, status;
DELETE FROM supervision_inspection_count;
INSERT INTO supervision_inspection_count (unit_id, n)
SELECT unit_id, count(*) FROM supervision_inspection GROUP BY unit_id;
COMMIT;

VACUUM ANALYZE account;
VACUUM ANALYZE supervision_plan;
VACUUM ANALYZE supervision_plan_unit;
VACUUM ANALYZE supervision_plan_inspector;
VACUUM ANALYZE supervision_inspection;
VACUUM ANALYZE supervision_result;
VACUUM ANALYZE supervision_presence;
VACUUM ANALYZE supervision_finding;
VACUUM ANALYZE supervision_measure;
SELECT (SELECT count(*) FROM supervision_plan) AS plans, (SELECT count(*) FROM supervision_inspection) AS inspections,
       (SELECT count(*) FROM supervision_result) AS results, (SELECT count(*) FROM supervision_presence) AS presences,
       (SELECT count(*) FROM supervision_finding) AS findings,
       (SELECT count(*) FROM supervision_finding WHERE status <> 'CLOSED' AND deadline < current_date) AS overdue,
       (SELECT count(*) FROM supervision_measure) AS measures;
-- the rows above were written with the triggers off: raise every stamp (V93, V103), or an application already
-- running would go on showing the badges, dashboard figures and member pages it kept before them
SELECT todo_stamp_touch(ARRAY['activity-tallies', 'cases', 'contests', 'findings', 'imports', 'major-matters',
                              'notifications', 'plans', 'roster']);
