-- The approvers' to-do count of absences waiting for a decision (issue 25) kept under its own to-do stamp,
-- 'absences', like the other to-do sources (V93, V103), instead of under the stationed cadres' counters (V92).
-- Under V92 the count was recomputed after every check-in (the counters cover check-ins), and reading them summed a
-- row per village on every page an approver opened (0.43 ms of PostgreSQL a page at 7,000 villages, a third of the
-- activity list's). The count (domain/station/AbsenceService#list) reads the absences, the pairings in force on the
-- day (which villages a sub-team leader reaches) and the tree (the leader's path); those raise 'absences'.
-- On the absences and the pairings the stamp is raised AFTER the statement, as V93 raises the pairings'
-- 'major-matters', and by triggers named to fire after V92's (a table's triggers of one timing fire in the order of
-- their names: station_attendance_* before todo_stamp_*): a writer of these tables takes its village counters first
-- and its to-do slot second, the order a stationing import takes them in (its villages during the pass, its slot at
-- the commit, through import_record's raise). Raised before the statement (V103's rule), an absence would take its
-- slot first and then wait for a village the import holds while the import's commit waited for that slot: a deadlock.
-- The tree already raises every stamp before its statements (V103); it raises 'absences' too.
CREATE OR REPLACE FUNCTION todo_stamp_touch(stamps text[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO todo_stamp (stamp, slot, n)
    SELECT s, (pg_current_xact_id()::text::bigint % 64)::int, CASE WHEN s = ANY (stamps) THEN 1 ELSE 0 END
    FROM unnest(ARRAY['absences', 'activity-tallies', 'cases', 'contests', 'findings', 'imports', 'major-matters',
                      'notifications', 'plans', 'roster']) s ORDER BY s
    ON CONFLICT (stamp, slot) DO UPDATE SET n = todo_stamp.n + EXCLUDED.n;
$$;

DO $$
DECLARE
    t record;
BEGIN
    -- V93's raises on the pairings, dropped here and made again with 'absences'
    DROP TRIGGER todo_stamp_insert ON assistance_relationship;
    DROP TRIGGER todo_stamp_update ON assistance_relationship;
    DROP TRIGGER todo_stamp_delete ON assistance_relationship;
    DROP TRIGGER todo_stamp_truncate ON assistance_relationship;
    FOR t IN SELECT * FROM (VALUES
            ('station_absence', '''absences'''),
            ('assistance_relationship', '''absences'', ''major-matters''')) x(tab, stamps)
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

DROP TRIGGER todo_stamp_take ON unit;
CREATE TRIGGER todo_stamp_take BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON unit
    FOR EACH STATEMENT EXECUTE FUNCTION todo_stamp_take('absences', 'activity-tallies', 'cases', 'contests', 'findings',
                                                        'imports', 'major-matters', 'notifications', 'plans', 'roster');
