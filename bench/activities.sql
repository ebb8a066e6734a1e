-- Seeds the load test of the activity log (bench/activities.sh) on a generated province roster: one village per
-- group (paired with it), and :n activities spread evenly over the groups and the last two years, each covering
-- its group's village (the first group's cover the generated first secretary's village instead), with two of the
-- group's members, figures by type, and a status mix of 70 % confirmed, 25 % reported, 4 % disputed, 1 % withdrawn.
-- Run once per data dir: it does nothing when :n activities by 'bench' are there already.
--   psql -v n=1000000 -f bench/activities.sql
\set ON_ERROR_STOP on
SELECT count(*) >= :n AS seeded FROM activity WHERE created_by = 'bench' \gset
\if :seeded
\echo activities already seeded
-- the indexes of a migration run since: their visibility map, as autovacuum would leave it
VACUUM ANALYZE activity;
\quit
\endif

BEGIN;
-- a bulk load that is consistent by construction: without the foreign keys' row-by-row checks (each one a lookup
-- with a row lock on the parent), the million rows go in in a minute rather than in a quarter of an hour
SET LOCAL session_replication_role = replica;
DELETE FROM activity_member WHERE activity_id IN (SELECT id FROM activity WHERE created_by = 'bench');
DELETE FROM activity_object WHERE activity_id IN (SELECT id FROM activity WHERE created_by = 'bench');
DELETE FROM activity WHERE created_by = 'bench';

CREATE TEMP TABLE bench_group AS
SELECT g.id, row_number() OVER (ORDER BY g.id) - 1 AS i
FROM unit g WHERE g.kind = 'GROUP' AND NOT g.archived;
CREATE UNIQUE INDEX ON bench_group (i);
ANALYZE bench_group;

INSERT INTO assisted_object (kind, name, code, categories, goals, created_at, created_by)
SELECT 'VILLAGE', '帮扶村' || g.id, 'BENCH-' || g.id, '', '', now(), 'bench'
FROM bench_group g
WHERE NOT EXISTS (SELECT 1 FROM assisted_object o WHERE o.code = 'BENCH-' || g.id);
INSERT INTO assistance_relationship (group_id, object_id, starts_on, ends_on, focus, status, created_at, created_by)
SELECT g.id, o.id, current_date - 365, current_date + 365, 'RURAL_REVITALIZATION', 'ACTIVE', now(), 'bench'
FROM bench_group g JOIN assisted_object o ON o.code = 'BENCH-' || g.id
WHERE NOT EXISTS (SELECT 1 FROM assistance_relationship r WHERE r.group_id = g.id AND r.object_id = o.id);

-- each group's village; the first group's is the generated first secretary's
CREATE TEMP TABLE bench_object AS
SELECT g.id AS group_id, g.i,
       CASE WHEN g.i = 0 THEN coalesce((SELECT scope_object_id FROM account WHERE username = 'prov-secretary'), o.id)
            ELSE o.id END AS object_id
FROM bench_group g JOIN assisted_object o ON o.code = 'BENCH-' || g.id;
CREATE UNIQUE INDEX ON bench_object (i);
CREATE UNIQUE INDEX ON bench_object (group_id);
-- temporary tables are never analysed by autovacuum: without this the joins below are planned as nested loops
ANALYZE bench_object;

CREATE TEMP TABLE bench_type AS
SELECT id, code, row_number() OVER (ORDER BY sort_order, id) - 1 AS i FROM activity_type WHERE NOT archived;
ANALYZE bench_type;

SELECT count(*) AS groups FROM bench_group \gset
SELECT count(*) AS types FROM bench_type \gset

INSERT INTO activity (group_id, type_id, occurred_on, title, place, other_participants, beneficiaries,
                      people_trained, trainings_held, funds_secured, produce_sold, patients_seen, status,
                      withdrawn_reason, created_at, created_by)
SELECT g.group_id, t.id, current_date - (s::bigint * 7919 % 730)::int, t.code || ' 第 ' || s || ' 次', '村委会',
       s % 5, s % 60,
       CASE WHEN t.code IN ('SKILLS_TRAINING', 'LECTURE', 'TECHNOLOGY') THEN 10 + s % 40 END,
       CASE WHEN t.code IN ('SKILLS_TRAINING', 'LECTURE') THEN 1 END,
       CASE WHEN t.code IN ('PROJECT', 'FUNDING') THEN (s % 200) * 1000 END,
       CASE WHEN t.code IN ('CONSUMPTION', 'ECOMMERCE') THEN (s % 90) * 100 END,
       CASE WHEN t.code = 'FREE_CLINIC' THEN 20 + s % 80 END,
       CASE WHEN s % 100 < 70 THEN 'CONFIRMED' WHEN s % 100 < 95 THEN 'REPORTED'
            WHEN s % 100 < 99 THEN 'DISPUTED' ELSE 'WITHDRAWN' END,
       CASE WHEN s % 100 = 99 THEN '重复记录' END,
       now(), 'bench'
FROM generate_series(1, :n) s
JOIN bench_object g ON g.i = s % :groups
JOIN bench_type t ON t.i = (s / :groups) % :types;

INSERT INTO activity_object (activity_id, object_id, status, reason, decided_by, decided_at, created_at, created_by)
SELECT a.id, g.object_id, CASE WHEN a.status = 'WITHDRAWN' THEN 'REPORTED' ELSE a.status END,
       CASE WHEN a.status = 'DISPUTED' THEN '人数不符' END,
       CASE WHEN a.status IN ('CONFIRMED', 'DISPUTED') THEN 'bench' END,
       CASE WHEN a.status IN ('CONFIRMED', 'DISPUTED') THEN now() END, now(), 'bench'
FROM activity a JOIN bench_object g ON g.group_id = a.group_id
WHERE a.created_by = 'bench';

CREATE TEMP TABLE bench_member AS
SELECT s.unit_id, s.member_id, row_number() OVER (PARTITION BY s.unit_id ORDER BY s.member_id) - 1 AS k,
       count(*) OVER (PARTITION BY s.unit_id) AS c
FROM membership s JOIN bench_group g ON g.id = s.unit_id WHERE s.left_on IS NULL;
CREATE UNIQUE INDEX ON bench_member (unit_id, k);
ANALYZE bench_member;

INSERT INTO activity_member (activity_id, member_id)
SELECT DISTINCT a.id, m.member_id
FROM activity a
CROSS JOIN generate_series(0, 1) j
JOIN (SELECT DISTINCT unit_id, c FROM bench_member) n ON n.unit_id = a.group_id
JOIN bench_member m ON m.unit_id = a.group_id AND m.k = (a.id + j) % n.c
WHERE a.created_by = 'bench';
-- session_replication_role = replica skipped V92's triggers: the stationed cadres' figures an application already
-- running keeps (persistence/station/AttendanceFigureCache) are computed afresh once the tree's counter moves
SELECT station_attendance_touch(ARRAY[0::bigint]);
COMMIT;

-- as autovacuum would leave them after a while: statistics, and the visibility map that lets counts read the indexes
-- alone
VACUUM ANALYZE activity;
VACUUM ANALYZE activity_object;
VACUUM ANALYZE activity_member;
VACUUM ANALYZE assisted_object;
SELECT count(*) AS activities, count(DISTINCT group_id) AS groups FROM activity WHERE created_by = 'bench';
-- the rows above were written with the triggers off: raise every stamp (V93, V103), or an application already
-- running would go on showing the badges, dashboard figures and member pages it kept before them
SELECT todo_stamp_touch(ARRAY['activity-tallies', 'cases', 'contests', 'findings', 'imports', 'major-matters',
                              'notifications', 'plans', 'roster']);
