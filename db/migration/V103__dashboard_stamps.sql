-- What the dashboard's live figures were last computed from (issue 25): three more of V93's stamps, raised in the same
-- transaction by every statement that writes what those figures read —
--   'activity-tallies': the activity tallies (activity_tally, activity_type_tally: V22's triggers write them for every
--                       activity written, the paper confirmation's deferred settling and the tree's moves) and the
--                       activity types they are shown by;
--   'contests':         the observation contests' rounds and judges (which rounds a reader sees);
--   'cases':            the case library;
-- and, as before, every stamp by the team tree (unit). With 'findings' (the supervision's findings and, through their
-- trigger, their counts) they cover everything the dashboard reads on each request beside the stationed cadres'
-- figures (V92's stamp) and the standing it keeps a minute: the page keeps those live figures per reader's scope,
-- period and day with the sum of the four stamps read first (domain/dashboard/DashboardPage, persistence/common/
-- StampedReads), so a province's dashboard runs none of their statements while nothing they read is written.
-- The to-do sources keep their own stamps' sums; a stamp raised that no source names changes nothing of theirs.
CREATE OR REPLACE FUNCTION todo_stamp_touch(stamps text[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO todo_stamp (stamp, slot, n)
    SELECT s, (pg_current_xact_id()::text::bigint % 64)::int, CASE WHEN s = ANY (stamps) THEN 1 ELSE 0 END
    FROM unnest(ARRAY['activity-tallies', 'cases', 'contests', 'findings', 'imports', 'major-matters',
                      'notifications', 'plans']) s ORDER BY s
    ON CONFLICT (stamp, slot) DO UPDATE SET n = todo_stamp.n + EXCLUDED.n;
$$;

DO $$
DECLARE
    t record;
BEGIN
    -- the tree's triggers again, naming every stamp (same names: V97's evaluation_round_* still fire after them)
    DROP TRIGGER todo_stamp_insert ON unit;
    DROP TRIGGER todo_stamp_update ON unit;
    DROP TRIGGER todo_stamp_delete ON unit;
    DROP TRIGGER todo_stamp_truncate ON unit;
    FOR t IN SELECT * FROM (VALUES
            ('activity_tally', '''activity-tallies'''),
            ('activity_type_tally', '''activity-tallies'''),
            ('activity_type', '''activity-tallies'''),
            ('contest_round', '''contests'''),
            ('contest_judge', '''contests'''),
            ('case_study', '''cases'''),
            ('unit', '''activity-tallies'', ''cases'', ''contests'', ''findings'', ''imports'', ''major-matters'','
                     || ' ''notifications'', ''plans''')) x(tab, stamps)
    LOOP
        EXECUTE format('CREATE TRIGGER todo_stamp_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows'
                || ' FOR EACH STATEMENT EXECUTE FUNCTION todo_stamp_raise(%s)', t.tab, t.stamps);
        EXECUTE format('CREATE TRIGGER todo_stamp_update AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows'
                || ' FOR EACH STATEMENT EXECUTE FUNCTION todo_stamp_raise(%s)', t.tab, t.stamps);
        EXECUTE format('CREATE TRIGGER todo_stamp_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows'
                || ' FOR EACH STATEMENT EXECUTE FUNCTION todo_stamp_raise(%s)', t.tab, t.stamps);
        EXECUTE format('CREATE TRIGGER todo_stamp_truncate AFTER TRUNCATE ON %I'
                || ' FOR EACH STATEMENT EXECUTE FUNCTION todo_stamp_raise(%s)', t.tab, t.stamps);
    END LOOP;
END;
$$;
