-- Ten years of a province's observation contests and case library (issue 22) on top of bench/province.sh's data:
-- :rounds rounds (2,000 a year over the last ten years), each with four criteria (the default 特色亮点, 工作成效,
-- 存在问题 as a deduction, 群众评价), ten stops (:rounds × 10 = 200,000 stops: the issue's "2,000 rounds a year,
-- 20,000 stops" read as 20,000 stops a year, the larger of its two readings), a presenter per stop, five judges per
-- round (bench accounts bench-judge-<unit>-<k>, password demo1234, five per county sub-team and five for the team),
-- every judge's sheet and four scores on every stop, and the published ranking's snapshot (the trimmed mean of the
-- five judge totals, ties sharing a rank) for every round but this quarter's; then :cases cases in Chinese (90 %
-- published) over the same ten years, themes, towns, kinds of object and the units that drafted them.
-- A town round is organised by a county sub-team and visits ten of the villages its groups are paired with; a county
-- round by the team, visiting ten towns. Loaded with triggers off (the published rounds' scores are written before
-- their snapshot), then analysed. Deterministic; run once per data dir (a second run adds nothing).
--   psql -v rounds=20000 -v cases=5000 -f bench/contests.sql
\set ON_ERROR_STOP on
SELECT count(*) >= :rounds AS seeded FROM contest_round WHERE created_by = 'bench-contest' \gset
\if :seeded
\echo contests already seeded
\quit
\endif

BEGIN;
SET LOCAL session_replication_role = replica;
SELECT extract(year FROM current_date)::int AS cy, extract(quarter FROM current_date)::int AS cq \gset

-- the county sub-teams (those with groups) and the villages their groups are paired with, numbered
CREATE TEMP TABLE c_sub AS
SELECT s.id, row_number() OVER (ORDER BY s.id) - 1 AS i
FROM unit s WHERE s.kind = 'SUB_TEAM' AND NOT s.archived
  AND EXISTS (SELECT 1 FROM unit g WHERE g.parent_id = s.id AND g.kind = 'GROUP');
CREATE UNIQUE INDEX ON c_sub (i);
SELECT count(*) AS subs FROM c_sub \gset
CREATE TEMP TABLE c_obj AS
SELECT x.sub_id, x.object_id, row_number() OVER (PARTITION BY x.sub_id ORDER BY x.object_id) - 1 AS k,
       count(*) OVER (PARTITION BY x.sub_id) AS c
FROM (SELECT DISTINCT g.parent_id AS sub_id, r.object_id
      FROM assistance_relationship r JOIN unit g ON g.id = r.group_id
      JOIN c_sub s ON s.id = g.parent_id WHERE r.status = 'ACTIVE') x;
CREATE UNIQUE INDEX ON c_obj (sub_id, k);
CREATE TEMP TABLE c_town AS
SELECT id, name, row_number() OVER (ORDER BY id) - 1 AS i FROM region WHERE level = 'TOWN' AND NOT archived;
CREATE UNIQUE INDEX ON c_town (i);
SELECT count(*) AS towns FROM c_town \gset
SELECT id AS team FROM unit WHERE kind = 'TEAM' AND NOT archived ORDER BY id LIMIT 1 \gset
CREATE TEMP TABLE c_theme (i int PRIMARY KEY, name text);
INSERT INTO c_theme VALUES (0, '产业发展'), (1, '基层治理'), (2, '人居环境整治'), (3, '集体经济'), (4, '乡风文明'),
                           (5, '电商助农'), (6, '民生服务'), (7, '党建引领');

-- judges: five accounts per county sub-team and five for the team
INSERT INTO account (username, password_hash, display_name, role, scope_unit_id, must_change_password,
                     password_changed_at, created_at, created_by)
SELECT 'bench-judge-' || u.id || '-' || k, (SELECT password_hash FROM account WHERE username = 'prov-leader'),
       '评委' || u.id || '-' || k, 'REVIEWER', u.id, false, now(), now(), 'bench-contest'
FROM (SELECT id FROM c_sub UNION ALL SELECT :team) u CROSS JOIN generate_series(1, 5) k
WHERE NOT EXISTS (SELECT 1 FROM account a WHERE a.username = 'bench-judge-' || u.id || '-' || k);
CREATE TEMP TABLE c_judge AS
SELECT a.id, a.scope_unit_id AS unit_id, row_number() OVER (PARTITION BY a.scope_unit_id ORDER BY a.id) - 1 AS k
FROM account a WHERE a.created_by = 'bench-contest';
CREATE UNIQUE INDEX ON c_judge (unit_id, k);

-- round s: year by s, quarter s % 4; a county round every seventh even quarter, else a town round of sub-team s
CREATE TEMP TABLE c_round AS
SELECT nextval('contest_round_id_seq') AS id, s, y, q,
       CASE WHEN q % 2 = 0 AND (s / 4) % 7 = 0 THEN 'COUNTY' ELSE 'TOWN' END AS level,
       CASE WHEN y = :cy AND q >= :cq THEN 'OPEN' ELSE 'PUBLISHED' END AS status
FROM (SELECT s, :cy - 9 + s / (:rounds / 10) AS y, 1 + s % 4 AS q FROM generate_series(0, :rounds - 1) s) x;
ALTER TABLE c_round ADD COLUMN unit_id bigint;
UPDATE c_round r SET unit_id = CASE WHEN r.level = 'COUNTY' THEN :team
                                    ELSE (SELECT id FROM c_sub WHERE i = r.s % :subs) END;
CREATE UNIQUE INDEX ON c_round (id);
ANALYZE c_round;
INSERT INTO contest_round (id, level, year, quarter, unit_id, title, theme, second_theme, scale_max, organiser,
                           status, published_at, published_by, created_at, created_by)
SELECT r.id, r.level, r.y, r.q, r.unit_id,
       r.y || '年第' || r.q || '季度' || CASE WHEN r.level = 'COUNTY' THEN '县级' ELSE '乡镇' END || '擂台比武（' || t.name
           || '）第 ' || r.s || ' 场',
       t.name, CASE WHEN r.s % 3 = 0 THEN (SELECT name FROM c_theme WHERE i = (r.s + 3) % 8) END, 10, 'bench',
       r.status, CASE WHEN r.status = 'PUBLISHED' THEN make_date(r.y, r.q * 3, 25) END,
       CASE WHEN r.status = 'PUBLISHED' THEN 'bench' END, now(), 'bench-contest'
FROM c_round r JOIN c_theme t ON t.i = r.s % 8;

INSERT INTO contest_criterion (round_id, position, name, weight, deduction, created_at, created_by)
SELECT r.id, c.position, c.name, c.weight, c.deduction, now(), 'bench-contest'
FROM c_round r CROSS JOIN (VALUES (1, '特色亮点', 0.30, false), (2, '工作成效', 0.40, false),
                                  (3, '存在问题', 0.10, true), (4, '群众评价', 0.20, false))
    AS c (position, name, weight, deduction);

-- ten stops a round: a town round's villages in turn, a county round's towns in turn
CREATE TEMP TABLE c_stop AS
SELECT nextval('contest_stop_id_seq') AS id, r.id AS round_id, r.s, j, r.status, r.y, r.q,
       CASE WHEN r.level = 'TOWN' THEN o.object_id END AS object_id,
       CASE WHEN r.level = 'COUNTY' THEN t.id END AS region_id,
       coalesce(ao.name, t.name) AS name
FROM c_round r CROSS JOIN generate_series(0, 9) j
LEFT JOIN c_obj n ON r.level = 'TOWN' AND n.sub_id = r.unit_id AND n.k = 0
LEFT JOIN c_obj o ON r.level = 'TOWN' AND o.sub_id = r.unit_id AND o.k = (r.s / :subs * 10 + j) % n.c
LEFT JOIN assisted_object ao ON ao.id = o.object_id
LEFT JOIN c_town t ON r.level = 'COUNTY' AND t.i = (r.s * 10 + j) % :towns;
CREATE UNIQUE INDEX ON c_stop (id);
ANALYZE c_stop;
INSERT INTO contest_stop (id, round_id, position, object_id, region_id, visit_on, organiser_comment, created_at,
                          created_by)
SELECT id, round_id, j + 1, object_id, region_id, make_date(y, q * 3 - 1, 1 + j),
       CASE WHEN status = 'PUBLISHED' THEN '亮点突出，成效明显；' || name || '需在群众参与上再下功夫。' END,
       now(), 'bench-contest'
FROM c_stop;
-- a presenter a stop: at a town round a roster member of the sub-team's groups in turn (the year end's candidates:
-- about seventy a town a year), added on the stop's day; at a county round a name
CREATE TEMP TABLE c_member AS
SELECT x.sub_id, x.member_id, x.name, row_number() OVER (PARTITION BY x.sub_id ORDER BY x.member_id) - 1 AS k,
       count(*) OVER (PARTITION BY x.sub_id) AS c
FROM (SELECT DISTINCT g.parent_id AS sub_id, m.id AS member_id, m.name
      FROM membership ms JOIN unit g ON g.id = ms.unit_id JOIN c_sub s ON s.id = g.parent_id
      JOIN member m ON m.id = ms.member_id WHERE ms.left_on IS NULL AND NOT m.archived) x;
CREATE UNIQUE INDEX ON c_member (sub_id, k);
ALTER TABLE c_stop ADD COLUMN member_id bigint, ADD COLUMN presenter text;
UPDATE c_stop SET presenter = '村支书' || s || '-' || j;
UPDATE c_stop p SET member_id = m.member_id, presenter = m.name
FROM c_round r, c_member n, c_member m
WHERE r.id = p.round_id AND r.level = 'TOWN' AND n.sub_id = r.unit_id AND n.k = 0 AND m.sub_id = r.unit_id
  AND m.k = (r.s / :subs * 10 + p.j) % n.c;
INSERT INTO contest_presenter (stop_id, member_id, name, post, created_at, created_by)
SELECT id, member_id, presenter, '村党组织书记', make_date(y, q * 3 - 1, 1 + j), 'bench-contest' FROM c_stop;

-- five judges a round; every judge scores every stop (this quarter's rounds: the first three judges so far)
INSERT INTO contest_judge (round_id, account_id, created_at, created_by)
SELECT r.id, j.id, now(), 'bench-contest' FROM c_round r JOIN c_judge j ON j.unit_id = r.unit_id;
CREATE TEMP TABLE c_sheet AS
SELECT nextval('contest_sheet_id_seq') AS id, p.id AS stop_id, cj.id AS judge_id, j.k, p.round_id, p.s, p.j
FROM c_stop p JOIN c_round r ON r.id = p.round_id
JOIN c_judge j ON j.unit_id = r.unit_id
JOIN contest_judge cj ON cj.round_id = r.id AND cj.account_id = j.id
WHERE r.status = 'PUBLISHED' OR j.k < 3;
INSERT INTO contest_sheet (id, stop_id, judge_id, comment, created_at, created_by)
SELECT id, stop_id, judge_id, CASE WHEN (s + j + k) % 4 = 0 THEN '做法可复制，建议推广。' END, now(), 'bench-contest'
FROM c_sheet;
INSERT INTO contest_score (sheet_id, criterion_id, score, created_at, created_by)
SELECT h.id, c.id, ((h.s * 7 + h.j * 13 + h.k * 5 + c.position * 3) % 5) + 5 + (c.position % 2) * 0.5,
       now(), 'bench-contest'
FROM c_sheet h JOIN contest_criterion c ON c.round_id = h.round_id;

-- the published rounds' snapshot: judge totals, the mean of the middle three, ties sharing a rank
INSERT INTO contest_result (round_id, stop_id, position, rank, total, judges, trimmed, stop_name, presenters,
                            visit_on)
SELECT t.round_id, t.stop_id, p.j + 1, rank() OVER (PARTITION BY t.round_id ORDER BY t.total DESC), t.total, 5,
       true, p.name, p.presenter, make_date(p.y, p.q * 3 - 1, 1 + p.j)
FROM (SELECT round_id, stop_id, round((sum(total) - max(total) - min(total)) / 3, 2) AS total
      FROM (SELECT h.round_id, h.stop_id,
                   sum(CASE WHEN c.deduction THEN -c.weight ELSE c.weight END * sc.score) AS total
            FROM c_sheet h JOIN contest_score sc ON sc.sheet_id = h.id
            JOIN contest_criterion c ON c.id = sc.criterion_id GROUP BY h.round_id, h.stop_id, h.id) jt
      GROUP BY round_id, stop_id) t
JOIN c_stop p ON p.id = t.stop_id WHERE p.status = 'PUBLISHED';

-- last year's end: every other town has recommended its two best winners (roster members, each once), the first
-- of them selected as 担当作为好支书 in every fourth town
INSERT INTO contest_recommendation (year, unit_id, member_id, presenter_id, reason, selected, selected_at,
                                    selected_by, created_at, created_by)
SELECT y, unit_id, member_id, presenter_id, '擂台比武排名第一，带头致富成效明显。', n = 1 AND i % 4 = 0,
       CASE WHEN n = 1 AND i % 4 = 0 THEN make_date(y, 12, 20) END, CASE WHEN n = 1 AND i % 4 = 0 THEN 'bench' END,
       make_date(y, 12, 10), 'bench-contest'
FROM (SELECT w.*, row_number() OVER (PARTITION BY w.unit_id ORDER BY w.total DESC, w.presenter_id) AS n
      FROM (SELECT DISTINCT ON (p.member_id) r.year AS y, r.unit_id, p.member_id, p.id AS presenter_id, l.total, s.i
            FROM contest_round r JOIN c_sub s ON s.id = r.unit_id AND s.i % 2 = 0
            JOIN contest_result l ON l.round_id = r.id AND l.rank = 1
            JOIN contest_presenter p ON p.stop_id = l.stop_id AND p.member_id IS NOT NULL
            WHERE r.year = :cy - 1 AND r.level = 'TOWN' AND r.status = 'PUBLISHED'
            ORDER BY p.member_id, l.total DESC, p.id) w) x
WHERE n <= 2;

-- the case library: :cases cases over the ten years, a village each (its town and kind kept for the filters)
CREATE TEMP TABLE c_village AS
SELECT o.id, o.name, o.kind, o.region_id, row_number() OVER (ORDER BY o.id) - 1 AS i
FROM assisted_object o WHERE NOT o.archived AND o.region_id IS NOT NULL;
CREATE UNIQUE INDEX ON c_village (i);
SELECT count(*) AS villages FROM c_village \gset
CREATE TEMP TABLE c_phrase (kind text, i int, text text, PRIMARY KEY (kind, i));
INSERT INTO c_phrase VALUES
 ('what', 0, '低产茶园改造'), ('what', 1, '村集体光伏电站'), ('what', 2, '农村电商服务站'), ('what', 3, '高标准农田建设'),
 ('what', 4, '人居环境整治'), ('what', 5, '乡村振兴示范带'), ('what', 6, '中药材种植基地'), ('what', 7, '红色旅游线路'),
 ('what', 8, '养老互助幸福院'), ('what', 9, '矛盾纠纷调解室'), ('what', 10, '食用菌产业园'), ('what', 11, '积分制治理'),
 ('problem', 0, '村里青壮年大多外出务工，留守老人和儿童居多，产业发展缺人手、缺技术、缺资金，集体经济长期空壳。'),
 ('problem', 1, '茶园品种老化、管理粗放，亩产不足三百斤，鲜叶收购价低，茶农种茶积极性不高，部分茶园撂荒。'),
 ('problem', 2, '村道狭窄坑洼，生活垃圾随意堆放，污水横流，群众对人居环境满意度不高，上访事件时有发生。'),
 ('problem', 3, '农产品销路窄，主要依靠商贩上门收购，价格被压得很低，丰产不增收的现象突出。'),
 ('problem', 4, '村两委班子年龄结构老化，议事决策不规范，党员作用发挥不明显，群众参与村务的渠道不畅。'),
 ('problem', 5, '山地多、耕地少，土壤贫瘠，传统玉米种植效益低，村民人均可支配收入低于全县平均水平。'),
 ('action', 0, '合力团协调省农科院专家驻村指导，分批次开展修剪、施肥、病虫害绿色防控等实用技术培训，建立示范茶园。'),
 ('action', 1, '成立村集体合作社，采取“支部+合作社+农户”模式，统一品种、统一标准、统一品牌、统一销售。'),
 ('action', 2, '争取帮扶资金建设电商服务站，培训本村青年做直播带货，对接省内商超和机关食堂开展消费帮扶。'),
 ('action', 3, '推行“党员联户”和积分制管理，每名党员联系十户群众，每月评议一次，积分可在爱心超市兑换生活用品。'),
 ('action', 4, '组织开展“五清一改”村庄清洁行动，建设污水处理设施和垃圾分类收集点，聘用脱贫户担任保洁员。'),
 ('action', 5, '引进龙头企业签订保底收购协议，流转撂荒地发展中药材和食用菌种植，带动脱贫户在家门口就业。'),
 ('action', 6, '驻村第一书记带头走访农户，建立问题清单、责任清单、销号清单，一周一调度，一月一通报。'),
 ('result', 0, '茶园亩产提高到五百斤以上，茶叶均价每斤上涨三十元，带动一百二十户茶农户均增收八千元。'),
 ('result', 1, '村集体经济收入从零增加到三十八万元，分红惠及全村二百六十户，其中脱贫户八十五户。'),
 ('result', 2, '电商服务站年销售农产品四百余万元，培训电商人才六十人次，新增就业岗位四十五个。'),
 ('result', 3, '村容村貌明显改观，群众满意度由百分之六十二提高到百分之九十六，连续两年无信访事件。'),
 ('result', 4, '带动周边三个村共同发展，相关做法被县委组织部作为典型在全县推广，获评市级乡村振兴示范村。');
INSERT INTO case_study (title, unit_id, object_id, town_id, object_kind, theme, year, problem, actions, results,
                        status, source, published_at, published_by, created_at, created_by)
SELECT v.name || '：' || w.text || '的实践与探索',
       (SELECT id FROM c_sub WHERE i = s % :subs), v.id, v.region_id, v.kind, t.name, :cy - s % 10,
       p1.text || p2.text,
       a1.text || a2.text || a3.text,
       r1.text || r2.text,
       CASE WHEN s % 50 < 45 THEN 'PUBLISHED' WHEN s % 50 < 48 THEN 'SUBMITTED' ELSE 'DRAFT' END,
       CASE WHEN s % 4 = 0 THEN '擂台比武' END,
       CASE WHEN s % 50 < 45 THEN make_date(:cy - s % 10, 1 + s % 12, 1 + s % 28) END,
       CASE WHEN s % 50 < 45 THEN 'bench' END, now(), 'bench-contest'
FROM generate_series(0, :cases - 1) s
JOIN c_village v ON v.i = (s * 7919) % :villages
JOIN c_theme t ON t.i = (s / 10) % 8
JOIN c_phrase w ON w.kind = 'what' AND w.i = (s * 5 + s / 7) % 12
JOIN c_phrase p1 ON p1.kind = 'problem' AND p1.i = s % 6
JOIN c_phrase p2 ON p2.kind = 'problem' AND p2.i = (s / 6 + 1) % 6
JOIN c_phrase a1 ON a1.kind = 'action' AND a1.i = s % 7
JOIN c_phrase a2 ON a2.kind = 'action' AND a2.i = (s / 7 + 2) % 7
JOIN c_phrase a3 ON a3.kind = 'action' AND a3.i = (s / 49 + 4) % 7
JOIN c_phrase r1 ON r1.kind = 'result' AND r1.i = s % 5
JOIN c_phrase r2 ON r2.kind = 'result' AND r2.i = (s / 5 + 2) % 5;
-- the rounds' day and stops (V101), which the stops' trigger keeps when it is on
UPDATE contest_round r SET held_on = s.first_day, stop_count = s.n
  FROM (SELECT round_id, min(visit_on) AS first_day, count(*) AS n FROM contest_stop GROUP BY round_id) s
 WHERE s.round_id = r.id AND (r.held_on IS DISTINCT FROM s.first_day OR r.stop_count <> s.n);
COMMIT;

VACUUM ANALYZE account;
VACUUM ANALYZE contest_round;
VACUUM ANALYZE contest_criterion;
VACUUM ANALYZE contest_stop;
VACUUM ANALYZE contest_presenter;
VACUUM ANALYZE contest_judge;
VACUUM ANALYZE contest_sheet;
VACUUM ANALYZE contest_score;
VACUUM ANALYZE contest_result;
VACUUM ANALYZE contest_recommendation;
VACUUM ANALYZE case_study;
SELECT (SELECT count(*) FROM contest_round) AS rounds, (SELECT count(*) FROM contest_stop) AS stops,
       (SELECT count(*) FROM contest_score) AS scores, (SELECT count(*) FROM contest_result) AS results,
       (SELECT count(*) FROM case_study) AS cases;
-- the rows above were written with the triggers off: raise every stamp (V93, V103), or an application already
-- running would go on showing the badges, dashboard figures and member pages it kept before them
SELECT todo_stamp_touch(ARRAY['activity-tallies', 'cases', 'contests', 'findings', 'imports', 'major-matters',
                              'notifications', 'plans', 'roster']);
