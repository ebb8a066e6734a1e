-- Seeds the load test of the three lists (bench/demands.sh) on a generated province roster: a county region per
-- county sub-team with ten towns, :objects assisted objects (90 % villages, then communities, enterprises, schools,
-- hospitals) in the towns of their group's county, each paired with one group (every fifth also with the next
-- group), so every group has three or four; the generated first secretary's village is paired with the first group.
-- Then :n demands spread over the objects, the nine categories and the last two years (older ones mostly closed:
-- about 61 % resolved, 5 % declined, 2 % unsolvable; 39 % of the last half-year still raised, accepted, matched, in
-- progress or solved), a wished-for date on 70 % (so open old demands are overdue); :resources resources declared
-- by members (half), groups (30 %) and work units (20 %), 5 % archived, one in ten used up; a project for every
-- demand that was matched (matched, in progress, solved, resolved, unsolvable or proposed so from in progress), owned
-- by the object's group, led by its first member, a deadline 2–8 months on (active ones past it are overdue), and a
-- resource of the demand's category for every other project.
-- Run once per data dir: it does nothing when :n demands by 'bench' are there already.
--   psql -v n=50000 -v objects=10000 -v resources=20000 -f bench/demands.sql
\set ON_ERROR_STOP on
SELECT count(*) >= :n AS seeded FROM demand WHERE created_by = 'bench' \gset
\if :seeded
\echo demands already seeded
-- the indexes of a migration run since: their visibility map, as autovacuum would leave it
VACUUM ANALYZE demand;
VACUUM ANALYZE project;
VACUUM ANALYZE resource;
\quit
\endif

BEGIN;
-- a bulk load that is consistent by construction: without the foreign keys' row-by-row checks
SET LOCAL session_replication_role = replica;
DELETE FROM project_resource WHERE created_by = 'bench';
DELETE FROM project_milestone WHERE created_by = 'bench';
DELETE FROM demand_suggestion WHERE demand_id IN (SELECT id FROM demand WHERE created_by = 'bench');
UPDATE activity SET project_id = NULL
WHERE project_id IN (SELECT p.id FROM project p JOIN demand d ON d.id = p.demand_id WHERE d.created_by = 'bench');
DELETE FROM project WHERE demand_id IN (SELECT id FROM demand WHERE created_by = 'bench');
DELETE FROM demand WHERE created_by = 'bench';
DELETE FROM resource WHERE created_by = 'bench';

CREATE TEMP TABLE bench_group AS
SELECT g.id, g.parent_id AS county_unit_id, row_number() OVER (ORDER BY g.id) - 1 AS i
FROM unit g WHERE g.kind = 'GROUP' AND NOT g.archived;
CREATE UNIQUE INDEX ON bench_group (i);
CREATE UNIQUE INDEX ON bench_group (id);
ANALYZE bench_group;
SELECT count(*) AS groups FROM bench_group \gset

-- regions: a county per county sub-team that has groups, ten towns in each ("/county/town/", as the register keeps)
INSERT INTO region (level, name, code, path, depth, created_at, created_by)
SELECT 'COUNTY', u.name || '（测）', 'BD-C-' || u.id, '/', 0, now(), 'bench'
FROM unit u WHERE u.id IN (SELECT county_unit_id FROM bench_group)
  AND NOT EXISTS (SELECT 1 FROM region r WHERE lower(r.code) = lower('BD-C-' || u.id));
UPDATE region SET path = '/' || id || '/' WHERE created_by = 'bench' AND level = 'COUNTY' AND path = '/';
INSERT INTO region (parent_id, level, name, code, path, depth, created_at, created_by)
SELECT c.id, 'TOWN', '第' || k || '镇', c.code || '-T' || k, '/', 1, now(), 'bench'
FROM region c CROSS JOIN generate_series(0, 9) k
WHERE c.created_by = 'bench' AND c.level = 'COUNTY'
  AND NOT EXISTS (SELECT 1 FROM region r WHERE lower(r.code) = lower(c.code || '-T' || k));
UPDATE region t SET path = c.path || t.id || '/' FROM region c
WHERE t.parent_id = c.id AND t.created_by = 'bench' AND t.path = '/';

CREATE TEMP TABLE bench_town AS
SELECT g.id AS group_id, k, t.id AS town_id
FROM bench_group g CROSS JOIN generate_series(0, 9) k
JOIN region t ON lower(t.code) = lower('BD-C-' || g.county_unit_id || '-T' || k);
CREATE UNIQUE INDEX ON bench_town (group_id, k);
ANALYZE bench_town;

-- the objects: object n belongs to group n % groups, in one of its county's towns
INSERT INTO assisted_object (kind, name, code, region_id, categories, goals, population, households, created_at,
                             created_by)
SELECT CASE WHEN n % 100 < 90 THEN 'VILLAGE' WHEN n % 100 < 96 THEN 'COMMUNITY' WHEN n % 100 < 98 THEN 'ENTERPRISE'
            WHEN n % 100 < 99 THEN 'SCHOOL' ELSE 'HOSPITAL' END,
       CASE WHEN n % 100 < 90 THEN '测试村' WHEN n % 100 < 96 THEN '测试社区' WHEN n % 100 < 98 THEN '测试企业'
            WHEN n % 100 < 99 THEN '测试学校' ELSE '测试医院' END || n,
       'BD-O-' || n, t.town_id,
       CASE WHEN n % 100 >= 90 THEN '' ELSE (ARRAY[',POOR,WEAK,', ',INDUSTRY,', ',KEY_REVITALIZATION,', ',DISORDERLY,',
            ',POVERTY_ALLEVIATED,INDUSTRY,', ''])[1 + n % 6] END,
       '', 300 + n % 2700, 90 + n % 800, now(), 'bench'
FROM generate_series(0, :objects - 1) n
JOIN bench_group g ON g.i = n % :groups
JOIN bench_town t ON t.group_id = g.id AND t.k = (n / :groups) % 10
WHERE NOT EXISTS (SELECT 1 FROM assisted_object o WHERE o.code = 'BD-O-' || n);

-- each object's group (i), the generated first secretary's village at index -1 with the first group's leader's group
CREATE TEMP TABLE bench_object AS
SELECT n AS i, o.id AS object_id, g.id AS group_id, g2.id AS second_group_id
FROM generate_series(0, :objects - 1) n
JOIN assisted_object o ON o.code = 'BD-O-' || n
JOIN bench_group g ON g.i = n % :groups
LEFT JOIN bench_group g2 ON n % 5 = 0 AND g2.i = (n + 1) % :groups;
INSERT INTO bench_object
SELECT -1, a.scope_object_id, a2.scope_unit_id, NULL
FROM account a, account a2
WHERE a.username = 'prov-secretary' AND a2.username = 'prov-leader' AND a.scope_object_id IS NOT NULL;
CREATE UNIQUE INDEX ON bench_object (i);
ANALYZE bench_object;
SELECT count(*) AS objectcount FROM bench_object \gset
UPDATE assisted_object o SET region_id = t.town_id
FROM bench_object b JOIN bench_town t ON t.group_id = b.group_id AND t.k = 0
WHERE b.i = -1 AND o.id = b.object_id AND o.region_id IS NULL;

INSERT INTO assistance_relationship (group_id, object_id, starts_on, ends_on, focus, status, created_at, created_by)
SELECT p.group_id, p.object_id, current_date - 700, current_date + 400, 'RURAL_REVITALIZATION', 'ACTIVE', now(),
       'bench'
FROM (SELECT group_id, object_id FROM bench_object
      UNION SELECT second_group_id, object_id FROM bench_object WHERE second_group_id IS NOT NULL) p
WHERE NOT EXISTS (SELECT 1 FROM assistance_relationship r
                  WHERE r.group_id = p.group_id AND r.object_id = p.object_id AND r.status = 'ACTIVE');

CREATE TEMP TABLE bench_category AS
SELECT id, code, name, row_number() OVER (ORDER BY sort_order, id) - 1 AS i FROM demand_category WHERE NOT archived;
CREATE UNIQUE INDEX ON bench_category (i);
ANALYZE bench_category;
SELECT count(*) AS categories FROM bench_category \gset

-- what each category's demands and resources are about (each names one of the category's keywords)
CREATE TEMP TABLE bench_words (code text PRIMARY KEY, demand text, resource text);
INSERT INTO bench_words VALUES
    ('INDUSTRY', '茶叶种植技术', '茶叶种植技术指导'), ('INFRASTRUCTURE', '村道硬化建设', '道路建设规划设计'),
    ('EMPLOYMENT', '外出务工就业', '劳务就业岗位'), ('SKILLS', '电工技能培训', '职业技能培训名额'),
    ('EDUCATION', '小学教师短缺', '教师支教'), ('HEALTH', '村卫生室缺医', '义诊医疗服务'),
    ('CONSUMPTION', '农产品电商销售', '电商销售渠道'), ('GOVERNANCE', '土地纠纷法律', '法律咨询服务'),
    ('OTHER', '困难群众帮扶', '爱心物资');

-- the demands: s's age in days spread evenly over two years; the older, the likelier closed
CREATE TEMP TABLE bench_demand AS
SELECT s, (s::bigint * 7919 % 730)::int AS age, (s::bigint * 37 % 100)::int AS h FROM generate_series(1, :n) s;
INSERT INTO demand (object_id, category_id, title, description, urgency, wanted_by, raised_by_object, status,
                    status_before, reason, resolved_on, created_at, created_by)
SELECT o.object_id, c.id, w.demand || '（' || s || '）', '村里反映：' || w.demand || '，希望合力团帮助解决。',
       CASE WHEN s % 10 < 6 THEN 'NORMAL' WHEN s % 10 < 9 THEN 'URGENT' ELSE 'VERY_URGENT' END,
       CASE WHEN s % 10 < 7 THEN current_date - age + 30 + s % 150 END,
       s % 3 <> 0, st.status, CASE WHEN st.status = 'UNSOLVABLE_PROPOSED' THEN 'IN_PROGRESS' END,
       CASE WHEN st.status = 'DECLINED' THEN '不属于帮扶范围'
            WHEN st.status IN ('UNSOLVABLE', 'UNSOLVABLE_PROPOSED') THEN '条件不具备，暂无法解决' END,
       CASE WHEN st.status = 'RESOLVED' THEN least(current_date, current_date - age + 20 + s % 180) END,
       now() - make_interval(days => age, secs => s % 86400), 'bench'
FROM bench_demand d
CROSS JOIN LATERAL (SELECT CASE
    WHEN d.age > 180 THEN CASE WHEN h < 80 THEN 'RESOLVED' WHEN h < 86 THEN 'DECLINED' WHEN h < 89 THEN 'UNSOLVABLE'
                               WHEN h < 94 THEN 'IN_PROGRESS' WHEN h < 97 THEN 'SOLVED' WHEN h < 98 THEN 'ACCEPTED'
                               ELSE 'RAISED' END
    ELSE CASE WHEN h < 10 THEN 'RAISED' WHEN h < 18 THEN 'ACCEPTED' WHEN h < 24 THEN 'MATCHED'
              WHEN h < 42 THEN 'IN_PROGRESS' WHEN h < 49 THEN 'SOLVED' WHEN h < 50 THEN 'UNSOLVABLE_PROPOSED'
              WHEN h < 53 THEN 'DECLINED' WHEN h < 54 THEN 'UNSOLVABLE' ELSE 'RESOLVED' END
    END AS status) st
JOIN bench_object o ON o.i = s % :objectcount - 1
JOIN bench_category c ON c.i = (s / 7) % :categories
JOIN bench_words w ON w.code = c.code;

CREATE TEMP TABLE bench_member AS
SELECT s.unit_id, s.member_id, row_number() OVER (PARTITION BY s.unit_id ORDER BY s.member_id) - 1 AS k,
       count(*) OVER (PARTITION BY s.unit_id) AS c
FROM membership s JOIN bench_group g ON g.id = s.unit_id WHERE s.left_on IS NULL;
CREATE UNIQUE INDEX ON bench_member (unit_id, k);
ANALYZE bench_member;
CREATE TEMP TABLE bench_work_unit AS
SELECT id, row_number() OVER (ORDER BY id) - 1 AS i FROM work_unit WHERE NOT archived;
CREATE UNIQUE INDEX ON bench_work_unit (i);
ANALYZE bench_work_unit;
SELECT count(*) AS workunits FROM bench_work_unit \gset

-- the resources: r's declarer by r % 10 (0–4 a member of group r % groups, 5–7 that group, 8–9 a work unit)
INSERT INTO resource (category_id, title, description, capacity, capacity_unit, allocated, available_from,
                      available_to, group_id, member_id, work_unit_id, archived, created_at, created_by)
SELECT c.id, w.resource || '（' || r || '）', '可提供' || w.resource || '，联系后安排。', cap.capacity, cap.unit,
       CASE WHEN r % 10 = 3 THEN cap.capacity ELSE 0 END,
       current_date - r % 365, CASE WHEN r % 5 < 3 THEN current_date - r % 365 + 90 + r % 500 END,
       CASE WHEN r % 10 BETWEEN 5 AND 7 THEN g.id END,
       CASE WHEN r % 10 < 5 THEN m.member_id END,
       CASE WHEN r % 10 >= 8 THEN wu.id END,
       r % 20 = 7, now() - make_interval(days => r % 700), 'bench'
FROM generate_series(1, :resources) r
JOIN bench_category c ON c.i = (r / 3) % :categories
JOIN bench_words w ON w.code = c.code
JOIN bench_group g ON g.i = r % :groups
JOIN (SELECT DISTINCT unit_id, c FROM bench_member) mc ON mc.unit_id = g.id
JOIN bench_member m ON m.unit_id = g.id AND m.k = (r / :groups) % mc.c
JOIN bench_work_unit wu ON wu.i = r % :workunits
CROSS JOIN LATERAL (SELECT (ARRAY['YUAN', 'PLACES', 'DAYS', 'ITEMS'])[1 + r % 4] AS unit,
                           (ARRAY[10000 * (1 + r % 50), 10 + r % 90, 5 + r % 30, 50 + r % 500])[1 + r % 4]::numeric
                               AS capacity) cap;

-- a project for every matched demand, owned by its object's group and led by the group's first member
INSERT INTO project (demand_id, group_id, responsible_id, title, starts_on, deadline, budget, progress,
                     progress_note, status, created_at, created_by)
SELECT d.id, o.group_id, m.member_id, d.title, x.starts_on, x.starts_on + 60 + (d.id % 180)::int,
       (d.id % 50) * 10000,
       CASE ps.status WHEN 'DONE' THEN 100 WHEN 'STOPPED' THEN d.id % 60 ELSE d.id % 100 END,
       CASE WHEN d.id % 4 = 0 THEN '已完成前期调研' END, ps.status, least(now(), d.created_at + interval '7 days'),
       'bench'
FROM demand d
JOIN assisted_object ao ON ao.id = d.object_id
JOIN bench_object o ON o.object_id = d.object_id
LEFT JOIN bench_member m ON m.unit_id = o.group_id AND m.k = 0
CROSS JOIN LATERAL (SELECT least(current_date, d.created_at::date + 7) AS starts_on) x
CROSS JOIN LATERAL (SELECT CASE WHEN d.status IN ('SOLVED', 'RESOLVED') THEN 'DONE'
                                WHEN d.status = 'UNSOLVABLE' THEN 'STOPPED' ELSE 'ACTIVE' END AS status) ps
WHERE d.created_by = 'bench'
  AND d.status IN ('MATCHED', 'IN_PROGRESS', 'SOLVED', 'RESOLVED', 'UNSOLVABLE', 'UNSOLVABLE_PROPOSED');

-- every other project takes a resource of its demand's category (a live one with room), its remaining capacity shrunk
CREATE TEMP TABLE bench_resource AS
SELECT r.id, r.category_id, r.capacity_unit, row_number() OVER (PARTITION BY r.category_id ORDER BY r.id) - 1 AS k,
       count(*) OVER (PARTITION BY r.category_id) AS c
FROM resource r WHERE r.created_by = 'bench' AND NOT r.archived AND r.allocated = 0;
CREATE UNIQUE INDEX ON bench_resource (category_id, k);
ANALYZE bench_resource;
INSERT INTO project_resource (project_id, resource_id, amount, created_at, created_by)
SELECT p.id, r.id,
       CASE r.capacity_unit WHEN 'YUAN' THEN 5000 WHEN 'PLACES' THEN 2 WHEN 'DAYS' THEN 1 ELSE 10 END,
       p.created_at, 'bench'
FROM project p
JOIN demand d ON d.id = p.demand_id
JOIN (SELECT DISTINCT category_id, c FROM bench_resource) rc ON rc.category_id = d.category_id
JOIN bench_resource r ON r.category_id = d.category_id AND r.k = (p.id / 2) % rc.c
WHERE p.created_by = 'bench' AND p.id % 2 = 0;
UPDATE resource r SET allocated = least(r.capacity, a.amount)
FROM (SELECT resource_id, sum(amount) AS amount FROM project_resource WHERE created_by = 'bench'
      GROUP BY resource_id) a
WHERE a.resource_id = r.id;
-- session_replication_role = replica skipped V92's triggers: the stationed cadres' figures an application already
-- running keeps (persistence/station/AttendanceFigureCache) are computed afresh once the tree's counter moves
SELECT station_attendance_touch(ARRAY[0::bigint]);
COMMIT;

-- as autovacuum would leave them after a while: statistics, and the visibility map that lets counts read the indexes
-- alone
VACUUM ANALYZE region;
VACUUM ANALYZE assisted_object;
VACUUM ANALYZE assistance_relationship;
VACUUM ANALYZE demand;
VACUUM ANALYZE resource;
VACUUM ANALYZE project;
VACUUM ANALYZE project_resource;
SELECT (SELECT count(*) FROM demand WHERE created_by = 'bench') AS demands,
       (SELECT count(DISTINCT object_id) FROM demand WHERE created_by = 'bench') AS objects,
       (SELECT count(*) FROM resource WHERE created_by = 'bench') AS resources,
       (SELECT count(*) FROM project WHERE created_by = 'bench') AS projects,
       (SELECT count(*) FROM project_resource WHERE created_by = 'bench') AS allocations,
       (SELECT count(DISTINCT group_id) FROM assistance_relationship WHERE status = 'ACTIVE') AS paired_groups;
SELECT status, count(*), round(100.0 * count(*) / sum(count(*)) OVER (), 1) AS pct FROM demand
WHERE created_by = 'bench' GROUP BY status ORDER BY count(*) DESC;
-- the rows above were written with the triggers off: raise every stamp (V93, V103), or an application already
-- running would go on showing the badges, dashboard figures and member pages it kept before them
SELECT todo_stamp_touch(ARRAY['activity-tallies', 'cases', 'contests', 'findings', 'imports', 'major-matters',
                              'notifications', 'plans', 'roster']);
