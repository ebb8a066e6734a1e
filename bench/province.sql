-- The province's record on top of bench/demands.sql (its objects, their pairings and demands): :n activities spread
-- over the groups and the last five years (1,826 days), each covering one of its group's paired objects (the first
-- group's cover the generated first secretary's village), with two of the group's members, figures by type, and a
-- status mix by age (older ones mostly confirmed, the last three months mostly waiting); the metadata of a photo on
-- every third activity (no bytes: the list and the dashboard read the records, never the images); a plan for every
-- group and each of the five years (approved for past years, a mix for this one) with a routine and two key tasks.
-- Then the tallies are counted again (the bulk load runs without triggers) and the tables analysed.
-- Deterministic: the same :seed and the same roster give the same rows. Run once per data dir.
--   psql -v n=1000000 -v seed=42 -f bench/province.sql
\set ON_ERROR_STOP on
SELECT count(*) >= :n AS seeded FROM activity WHERE created_by = 'province' \gset
\if :seeded
\echo province already seeded
VACUUM ANALYZE activity;
\quit
\endif

BEGIN;
SET LOCAL session_replication_role = replica;
DELETE FROM activity_photo WHERE created_by = 'province';
DELETE FROM activity_member WHERE activity_id IN (SELECT id FROM activity WHERE created_by = 'province');
DELETE FROM activity_object WHERE activity_id IN (SELECT id FROM activity WHERE created_by = 'province');
DELETE FROM activity WHERE created_by = 'province';
DELETE FROM plan_task_object WHERE task_id IN (SELECT id FROM plan_task WHERE created_by = 'province');
DELETE FROM plan_task WHERE created_by = 'province';
DELETE FROM annual_plan WHERE created_by = 'province';

-- each group's paired objects, numbered; the first group's first is the generated first secretary's village
CREATE TEMP TABLE p_group AS
SELECT g.id, row_number() OVER (ORDER BY g.id) - 1 AS i
FROM unit g WHERE g.kind = 'GROUP' AND NOT g.archived;
CREATE UNIQUE INDEX ON p_group (i);
ANALYZE p_group;
SELECT count(*) AS groups FROM p_group \gset
CREATE TEMP TABLE p_object AS
SELECT r.group_id, r.object_id,
       row_number() OVER (PARTITION BY r.group_id
                          ORDER BY (r.object_id = (SELECT scope_object_id FROM account
                                                   WHERE username = 'prov-secretary')) DESC NULLS LAST,
                                   r.object_id) - 1 AS k,
       count(*) OVER (PARTITION BY r.group_id) AS c
FROM assistance_relationship r JOIN p_group g ON g.id = r.group_id WHERE r.status = 'ACTIVE';
CREATE UNIQUE INDEX ON p_object (group_id, k);
ANALYZE p_object;
CREATE TEMP TABLE p_type AS
SELECT id, code, row_number() OVER (ORDER BY sort_order, id) - 1 AS i FROM activity_type WHERE NOT archived;
ANALYZE p_type;
SELECT count(*) AS types FROM p_type \gset

-- activity s: group s % groups, type by (s / groups), a day in the last five years; the age decides the status
INSERT INTO activity (group_id, type_id, occurred_on, title, place, other_participants, beneficiaries,
                      people_trained, trainings_held, funds_secured, projects_introduced, technologies_promoted,
                      people_employed, produce_sold, donations, patients_seen, status, withdrawn_reason,
                      created_at, created_by)
SELECT g.id, t.id, current_date - d.age::int, t.code || ' 第 ' || s || ' 次', '村委会', s % 5, h % 60,
       CASE WHEN t.code IN ('SKILLS_TRAINING', 'LECTURE', 'TECHNOLOGY') THEN 10 + h % 40 END,
       CASE WHEN t.code IN ('SKILLS_TRAINING', 'LECTURE') THEN 1 END,
       CASE WHEN t.code IN ('PROJECT', 'FUNDING') THEN (h % 200) * 1000 END,
       CASE WHEN t.code = 'PROJECT' THEN 1 END,
       CASE WHEN t.code = 'TECHNOLOGY' THEN 1 + h % 2 END,
       CASE WHEN t.code = 'EMPLOYMENT' THEN 1 + h % 20 END,
       CASE WHEN t.code IN ('CONSUMPTION', 'ECOMMERCE') THEN (h % 90) * 100 + (h % 100) / 100.0 END,
       CASE WHEN t.code = 'DONATION' THEN (h % 50) * 100 END,
       CASE WHEN t.code = 'FREE_CLINIC' THEN 20 + h % 80 END,
       CASE WHEN d.age < 90 THEN (CASE WHEN h % 100 < 35 THEN 'CONFIRMED' WHEN h % 100 < 96 THEN 'REPORTED'
                                      WHEN h % 100 < 99 THEN 'DISPUTED' ELSE 'WITHDRAWN' END)
            ELSE (CASE WHEN h % 100 < 88 THEN 'CONFIRMED' WHEN h % 100 < 96 THEN 'REPORTED'
                       WHEN h % 100 < 99 THEN 'DISPUTED' ELSE 'WITHDRAWN' END) END,
       CASE WHEN h % 100 = 99 THEN '重复记录' END,
       now(), 'province'
FROM (SELECT s, (s::bigint * 7919 + :seed) % 1826 AS age, (s::bigint * 104729 + :seed * 31) % 10007 AS h
      FROM generate_series(1, :n) s) d
JOIN p_group g ON g.i = d.s % :groups
JOIN p_type t ON t.i = (d.s / :groups + :seed) % :types;

INSERT INTO activity_object (activity_id, object_id, status, reason, decided_by, decided_at, created_at, created_by)
SELECT a.id, o.object_id, CASE WHEN a.status = 'WITHDRAWN' THEN 'REPORTED' ELSE a.status END,
       CASE WHEN a.status = 'DISPUTED' THEN '人数不符' END,
       CASE WHEN a.status IN ('CONFIRMED', 'DISPUTED') THEN 'province' END,
       CASE WHEN a.status IN ('CONFIRMED', 'DISPUTED') THEN now() END, now(), 'province'
FROM activity a
JOIN (SELECT group_id, max(c) AS c FROM p_object GROUP BY group_id) n ON n.group_id = a.group_id
JOIN p_object o ON o.group_id = a.group_id AND o.k = a.id % n.c
WHERE a.created_by = 'province';

CREATE TEMP TABLE p_member AS
SELECT s.unit_id, s.member_id, row_number() OVER (PARTITION BY s.unit_id ORDER BY s.member_id) - 1 AS k,
       count(*) OVER (PARTITION BY s.unit_id) AS c
FROM membership s JOIN p_group g ON g.id = s.unit_id WHERE s.left_on IS NULL;
CREATE UNIQUE INDEX ON p_member (unit_id, k);
ANALYZE p_member;
INSERT INTO activity_member (activity_id, member_id)
SELECT DISTINCT a.id, m.member_id
FROM activity a
CROSS JOIN generate_series(0, 1) j
JOIN (SELECT DISTINCT unit_id, c FROM p_member) n ON n.unit_id = a.group_id
JOIN p_member m ON m.unit_id = a.group_id AND m.k = (a.id + j) % n.c
WHERE a.created_by = 'province';

-- a photo's record on every third activity, as a phone's JPEG would describe itself
INSERT INTO activity_photo (activity_id, content_type, byte_size, width, height, taken_at, created_at, created_by)
SELECT a.id, 'image/jpeg', 1500000 + a.id % 2000000, 4032, 3024, a.occurred_on + time '10:30', now(), 'province'
FROM activity a WHERE a.created_by = 'province' AND a.id % 3 = 0;

-- plans: five years a group; past years approved (a few never handed in), this year a mix
INSERT INTO annual_plan (group_id, year, status, summary, submitted_at, approved_at, approved_by, created_at,
                         created_by)
SELECT g.id, y, st, '围绕结对村产业发展和民生需求开展帮扶。',
       CASE WHEN st IN ('SUBMITTED', 'APPROVED') THEN make_date(y, 3, 15) END,
       CASE WHEN st = 'APPROVED' THEN make_date(y, 3, 25) END, CASE WHEN st = 'APPROVED' THEN 'province' END,
       now(), 'province'
FROM p_group g
CROSS JOIN generate_series(extract(year FROM current_date)::int - 4, extract(year FROM current_date)::int) y
CROSS JOIN LATERAL (SELECT CASE
        WHEN y < extract(year FROM current_date) THEN (CASE WHEN (g.i + y) % 50 = 0 THEN 'DRAFT' ELSE 'APPROVED' END)
        ELSE (ARRAY['APPROVED', 'APPROVED', 'SUBMITTED', 'DRAFT', 'RETURNED'])[1 + (g.i + :seed) % 5] END AS st) x
WHERE (g.i + y) % 97 <> 0
  AND NOT EXISTS (SELECT 1 FROM annual_plan x WHERE x.group_id = g.id AND x.year = y);
INSERT INTO plan_task (plan_id, kind, title, target_figure, target_value, due_on, created_at, created_by)
SELECT p.id, k.kind, k.title, k.figure, k.value, make_date(p.year, 12, 31), now(), 'province'
FROM annual_plan p
CROSS JOIN (VALUES ('ROUTINE', '每月走访结对村', NULL, NULL::numeric),
                   ('KEY', '开展实用技术培训', 'TRAININGS_HELD', 6),
                   ('KEY', '帮助销售农产品', 'PRODUCE_SOLD', 200000)) AS k (kind, title, figure, value)
WHERE p.created_by = 'province';
INSERT INTO plan_task_object (task_id, object_id)
SELECT t.id, o.object_id FROM plan_task t JOIN annual_plan p ON p.id = t.plan_id
JOIN p_object o ON o.group_id = p.group_id AND o.k = 0
WHERE t.created_by = 'province';

-- the tallies the triggers would have kept
SELECT activity_tally_rebuild();
COMMIT;

VACUUM ANALYZE activity;
VACUUM ANALYZE activity_object;
VACUUM ANALYZE activity_member;
VACUUM ANALYZE activity_photo;
VACUUM ANALYZE activity_tally;
VACUUM ANALYZE activity_type_tally;
VACUUM ANALYZE annual_plan;
VACUUM ANALYZE plan_task;
SELECT count(*) AS activities, min(occurred_on) AS first, max(occurred_on) AS last FROM activity
WHERE created_by = 'province';
-- the rows above were written with the triggers off: raise every stamp (V93, V103), or an application already
-- running would go on showing the badges, dashboard figures and member pages it kept before them
SELECT todo_stamp_touch(ARRAY['activity-tallies', 'cases', 'contests', 'findings', 'imports', 'major-matters',
                              'notifications', 'plans', 'roster']);
