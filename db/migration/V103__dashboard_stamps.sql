-- What the dashboard's live figures and the member list's pages were last computed from (issue 25): four more of
-- V93's stamps, raised in the same transaction by every statement that writes what those reads read —
--   'activity-tallies': the activity tallies (V22's triggers write them for every activity written, the paper
--                       confirmation's deferred settling and the tree's moves) and the activity types shown with
--                       them;
--   'contests':         the observation contests' rounds (and their stops, which keep a round's day and count) and
--                       judges (which rounds a reader sees);
--   'cases':            the case library;
--   'roster':           the members (with V6's live count and the search text their triggers write), their
--                       memberships, their work units;
-- and, as every stamp, by the team tree. With 'findings' (the supervision's findings and, through their trigger, their
-- counts) they cover what the dashboard reads on each request beside the stationed cadres' figures (V92's stamp) and
-- the standing it keeps a minute (domain/dashboard/DashboardPage), and what a page of the member list reads
-- (domain/member/MemberService.search): each value is kept with the sum of its stamps read first
-- (domain/common/StampedReads, persistence/common/JdbcStampedReads).
-- The stamps are raised BEFORE each statement, before it locks any row: V93's rule is that a transaction takes its
-- slot's rows at its first raise, so that two transactions on a slot queue there and never wait crosswise. Raised
-- after the statement, an activity's statement would hold its team's tally rows for the month (V22), a member's the
-- deployment's live count (V6's member_tally), while waiting for a slot an import holds for its whole pass — and the
-- import's commit, settling the same rows, would wait for it: a deadlock. A statement that writes no row raises too
-- (a recount, never a stale figure). The tallies themselves raise after their statements as well, so that a tally
-- written by other means (activity_tally_rebuild) still raises; within an activity's statement those rows are
-- already the transaction's.
CREATE OR REPLACE FUNCTION todo_stamp_touch(stamps text[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO todo_stamp (stamp, slot, n)
    SELECT s, (pg_current_xact_id()::text::bigint % 64)::int, CASE WHEN s = ANY (stamps) THEN 1 ELSE 0 END
    FROM unnest(ARRAY['activity-tallies', 'cases', 'contests', 'findings', 'imports', 'major-matters',
                      'notifications', 'plans', 'roster']) s ORDER BY s
    ON CONFLICT (stamp, slot) DO UPDATE SET n = todo_stamp.n + EXCLUDED.n;
$$;

CREATE FUNCTION todo_stamp_take() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM todo_stamp_touch(TG_ARGV);
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM (VALUES
            ('activity', '''activity-tallies'''),
            ('activity_type', '''activity-tallies'''),
            ('contest_round', '''contests'''),
            ('contest_stop', '''contests'''),
            ('contest_judge', '''contests'''),
            ('case_study', '''cases'''),
            ('member', '''roster'''),
            ('membership', '''roster'''),
            ('work_unit', '''roster'''),
            ('supervision_finding', '''findings'''),
            ('unit', '''activity-tallies'', ''cases'', ''contests'', ''findings'', ''imports'', ''major-matters'','
                     || ' ''notifications'', ''plans'', ''roster''')) x(tab, stamps)
    LOOP
        EXECUTE format('CREATE TRIGGER todo_stamp_take BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I'
                || ' FOR EACH STATEMENT EXECUTE FUNCTION todo_stamp_take(%s)', t.tab, t.stamps);
    END LOOP;
    -- V93's raises after the statement on these two are now the raises before it (V97's unit triggers, named to
    -- fire after them, still fire after the stamps are taken)
    FOR t IN SELECT unnest(ARRAY['supervision_finding', 'unit']) AS tab
    LOOP
        EXECUTE format('DROP TRIGGER todo_stamp_insert ON %I', t.tab);
        EXECUTE format('DROP TRIGGER todo_stamp_update ON %I', t.tab);
        EXECUTE format('DROP TRIGGER todo_stamp_delete ON %I', t.tab);
        EXECUTE format('DROP TRIGGER todo_stamp_truncate ON %I', t.tab);
    END LOOP;
    FOR t IN SELECT unnest(ARRAY['activity_tally', 'activity_type_tally']) AS tab
    LOOP
        EXECUTE format('CREATE TRIGGER todo_stamp_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows'
                || ' FOR EACH STATEMENT EXECUTE FUNCTION todo_stamp_raise(''activity-tallies'')', t.tab);
        EXECUTE format('CREATE TRIGGER todo_stamp_update AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows'
                || ' FOR EACH STATEMENT EXECUTE FUNCTION todo_stamp_raise(''activity-tallies'')', t.tab);
        EXECUTE format('CREATE TRIGGER todo_stamp_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows'
                || ' FOR EACH STATEMENT EXECUTE FUNCTION todo_stamp_raise(''activity-tallies'')', t.tab);
        EXECUTE format('CREATE TRIGGER todo_stamp_truncate AFTER TRUNCATE ON %I'
                || ' FOR EACH STATEMENT EXECUTE FUNCTION todo_stamp_raise(''activity-tallies'')', t.tab);
    END LOOP;
END;
$$;
