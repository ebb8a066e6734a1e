-- Stationed cadres checking in daily (issue 18) on top of bench/province.sh's data: :cadres cadres (roster members
-- with no open stationing nor account, stationed since a year and a day ago) spread over the villages and
-- communities, each with a FIRST_SECRETARY account bench-cadre-<n> (password demo1234) scoped to the
-- village and carrying the member; villages get coordinates (0.02° apart from 34 N, 107 E, radius 1000 m) where they
-- have none; then a year of check-ins (the last 365 days before today; about one day in twelve missed, one in
-- twenty doubtful), metadata and SHA-256-shaped hashes only (no bytes: the sheet and the check-in's checks read the
-- rows, never the images). Loaded with triggers off, then analysed. Deterministic; run once per data dir.
--   psql -v cadres=10000 -f bench/checkins.sql
\set ON_ERROR_STOP on
SELECT count(*) >= :cadres AS seeded FROM account WHERE created_by = 'bench-checkin' \gset
\if :seeded
\echo check-ins already seeded
\quit
\endif

BEGIN;
SET LOCAL session_replication_role = replica;
UPDATE assisted_object SET latitude = 34 + (id % 100) * 0.02, longitude = 107 + (id / 100 % 100) * 0.02
WHERE latitude IS NULL AND kind IN ('VILLAGE', 'COMMUNITY');

-- the villages and communities, numbered; cadre i goes to village (i - 1) % villages + 1, as its first secretary when
-- the village has none yet, else as a work team member (9,607 villages and communities: 10,000 cadres need both)
CREATE TEMP TABLE k_village AS
SELECT o.id, row_number() OVER (ORDER BY o.id) AS i,
       EXISTS (SELECT 1 FROM stationing s WHERE s.object_id = o.id AND s.ends_on IS NULL
                                            AND s.role = 'FIRST_SECRETARY') AS has_secretary
FROM assisted_object o WHERE NOT o.archived AND o.kind IN ('VILLAGE', 'COMMUNITY');
SELECT count(*) AS villages FROM k_village \gset
SELECT count(*) AS existing FROM account WHERE created_by = 'bench-checkin' \gset
CREATE TEMP TABLE k_member AS
SELECT m.id, row_number() OVER (ORDER BY m.id) AS i FROM member m
WHERE NOT EXISTS (SELECT 1 FROM stationing s WHERE s.member_id = m.id AND s.ends_on IS NULL)
  AND NOT EXISTS (SELECT 1 FROM account a WHERE a.member_id = m.id);
CREATE TEMP TABLE k_cadre AS
SELECT nextval('stationing_id_seq') AS stationing_id, v.id AS object_id, m.id AS member_id, n.i,
       CASE WHEN n.i <= :villages AND NOT v.has_secretary THEN 'FIRST_SECRETARY' ELSE 'TEAM_MEMBER' END AS role
FROM generate_series(:existing + 1, :cadres) n(i)
JOIN k_village v ON v.i = (n.i - 1) % :villages + 1
JOIN k_member m ON m.i = n.i - :existing;
CREATE UNIQUE INDEX ON k_cadre (stationing_id);
ANALYZE k_cadre;

INSERT INTO stationing (id, object_id, member_id, starts_on, role, post, planned_end_on, subsidy_per_day,
                        created_at, created_by)
SELECT stationing_id, object_id, member_id, current_date - 366, role,
       CASE WHEN role = 'FIRST_SECRETARY' THEN '驻村第一书记' ELSE '驻村工作队员' END,
       current_date + 365 * 2, 100, now(), 'bench-checkin'
FROM k_cadre;
INSERT INTO account (username, password_hash, display_name, role, scope_object_id, member_id, must_change_password,
                     password_changed_at, created_at, created_by)
SELECT 'bench-cadre-' || c.i, (SELECT password_hash FROM account WHERE username = 'prov-secretary'),
       left(m.name, 50), 'FIRST_SECRETARY', c.object_id, c.member_id, false, now(), now(), 'bench-checkin'
FROM k_cadre c JOIN member m ON m.id = c.member_id;

-- a year of check-ins: day d of cadre i missed when (i + d) % 12 = 0, doubtful (outside the radius) when % 20 = 1
INSERT INTO station_checkin (stationing_id, object_id, member_id, day, checked_at, latitude, longitude, accuracy,
                             distance, doubts, photo_hash, content_type, byte_size, width, height, taken_at,
                             created_at, created_by)
SELECT c.stationing_id, c.object_id, c.member_id, current_date - d,
       (current_date - d) + time '08:30' + (c.i % 90) * interval '1 minute',
       o.latitude + CASE WHEN (c.i + d) % 20 = 1 THEN 0.02 ELSE (c.i + d) % 7 * 0.0001 END, o.longitude, 12 + d % 30,
       CASE WHEN (c.i + d) % 20 = 1 THEN 2224 ELSE (c.i + d) % 7 * 11 END,
       CASE WHEN (c.i + d) % 20 = 1 THEN ',OUTSIDE_RADIUS,' ELSE '' END,
       md5(c.i || '-' || d) || md5(d || '-' || c.i), 'image/jpeg', 3000000 + (c.i * d) % 500000, 4032, 3024,
       (current_date - d) + time '08:29', now(), 'bench-cadre-' || c.i
FROM k_cadre c JOIN assisted_object o ON o.id = c.object_id
CROSS JOIN generate_series(1, 365) d
WHERE (c.i + d) % 12 <> 0;
COMMIT;

VACUUM ANALYZE assisted_object;
-- session_replication_role = replica above skipped V92's triggers: the attendance figures an application already
-- running keeps (persistence/station/AttendanceFigureCache) are computed afresh once the tree's counter moves
SELECT station_attendance_touch(ARRAY[0::bigint]);
VACUUM ANALYZE stationing;
VACUUM ANALYZE account;
VACUUM ANALYZE station_checkin;
SELECT (SELECT count(*) FROM stationing WHERE ends_on IS NULL) AS stationed,
       (SELECT count(*) FROM station_checkin) AS checkins;
