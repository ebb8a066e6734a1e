-- Seeds the load test of the cross-town teams (bench/crossteams.sh) on a generated province roster: :n teams (100)
-- in the province's team, each with a leader and a deputy drawn from the roster, 10–30 members (leader and deputy
-- among them), 2–4 towns (regions of level TOWN; bench/demands.sql makes them when run before, else none), 12
-- spending entries and 20 activities of this year, three members at each. The service's rules (a stationed leader)
-- are not what is measured: the rows are written directly. Once per data dir.
--   psql -v n=100 -f bench/crossteams.sql
\set ON_ERROR_STOP on
SELECT count(*) >= :n AS seeded FROM cross_team WHERE created_by = 'bench' \gset
\if :seeded
\echo cross-town teams already seeded
VACUUM ANALYZE cross_team;
VACUUM ANALYZE cross_team_member;
\quit
\endif

BEGIN;
SELECT setseed(0.42);
CREATE TEMP TABLE pool AS SELECT id, row_number() OVER (ORDER BY id) AS k FROM member WHERE NOT archived;
CREATE TEMP TABLE t AS
SELECT g AS k, (10 + floor(random() * 21))::int AS size FROM generate_series(1, :n) g;

INSERT INTO cross_team (unit_id, name, field, year, leader_id, deputy_id, allocation, created_at, created_by)
SELECT (SELECT min(id) FROM unit WHERE kind = 'TEAM' AND parent_id IS NULL),
       '跨镇服务队 ' || t.k,
       (ARRAY['PARTY_BUILDING','INDUSTRY','ECOMMERCE','CONSUMPTION','MEDICAL','EMPLOYMENT','TOURISM','TALENT'])[1 + t.k % 8],
       extract(year FROM current_date)::int,
       (SELECT id FROM pool WHERE pool.k = 1 + (t.k * 97) % (SELECT count(*) FROM pool)),
       (SELECT id FROM pool WHERE pool.k = 1 + (t.k * 97 + 1) % (SELECT count(*) FROM pool)),
       20000.00, now(), 'bench'
FROM t;

-- members: a run of the pool starting at the leader (so leader and deputy are among them)
INSERT INTO cross_team_member (team_id, member_id, created_at, created_by)
SELECT c.id, p.id, now(), 'bench'
FROM cross_team c
JOIN t ON c.name = '跨镇服务队 ' || t.k
JOIN pool p ON p.k BETWEEN 1 + (t.k * 97) % (SELECT count(*) FROM pool)
                       AND (t.k * 97) % (SELECT count(*) FROM pool) + t.size
WHERE c.created_by = 'bench'
ON CONFLICT DO NOTHING;

INSERT INTO cross_team_town (team_id, region_id, created_at, created_by)
SELECT c.id, r.id, now(), 'bench'
FROM cross_team c
CROSS JOIN LATERAL (SELECT id FROM region WHERE level = 'TOWN' ORDER BY (id * c.id) % 101, id
                    LIMIT 2 + c.id % 3) r
WHERE c.created_by = 'bench';

INSERT INTO cross_team_spending (team_id, spent_on, purpose, amount, created_at, created_by)
SELECT c.id, make_date(c.year, 1 + g % 11, 1 + g), '支出 ' || g, (100 + g * 37.5)::numeric(18,2), now(), 'bench'
FROM cross_team c CROSS JOIN generate_series(1, 12) g
WHERE c.created_by = 'bench';

INSERT INTO activity (group_id, type_id, occurred_on, title, other_participants, status, created_at, created_by,
                      cross_team_id, patients_seen)
SELECT c.unit_id, (SELECT min(id) FROM activity_type), make_date(c.year, 1 + g % 11, 1 + g), '跨镇活动 ' || g, 0,
       'REPORTED', now(), 'bench', c.id, 10 * g
FROM cross_team c CROSS JOIN generate_series(1, 20) g
WHERE c.created_by = 'bench';

INSERT INTO activity_member (activity_id, member_id)
SELECT a.id, m.member_id
FROM activity a
CROSS JOIN LATERAL (SELECT member_id FROM cross_team_member WHERE team_id = a.cross_team_id ORDER BY id LIMIT 3) m
WHERE a.created_by = 'bench' AND a.cross_team_id IS NOT NULL;
COMMIT;
VACUUM ANALYZE cross_team;
VACUUM ANALYZE cross_team_member;
VACUUM ANALYZE cross_team_spending;
VACUUM ANALYZE activity;
