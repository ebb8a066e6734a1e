-- The stamps' slot taken before anything else a statement locks (issue 25, after V103 and V104). V93's rule: a
-- transaction takes its slot's rows (xid % 64) at its first raise, in the stamps' order, so two transactions on a
-- slot queue there and never wait crosswise. V103's and V104's raises ran AFTER each statement, when the statement
-- already held rows other writers take: an activity's statement locks its team's tally rows for the month (V22), a
-- member's the deployment's live count (V6's member_tally, row 1), a unit moved its tallies, a stop's its round —
-- and then waited for its slot, which an import may hold for its whole pass; the import, at its commit, updating the
-- same tally or count, would wait for the statement: a deadlock, the import the one undone.
-- Here the tables at the head of those writes raise their stamps BEFORE each statement, before any row is locked;
-- the AFTER triggers stay (raising rows the transaction then already holds: no wait), so that a tally written by
-- other means (activity_tally_rebuild) still raises. A statement that writes no row now raises too: a recount, never
-- a stale figure.
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
            ('member', '''roster'''),
            ('membership', '''roster'''),
            ('work_unit', '''roster'''),
            ('contest_stop', '''contests'''),
            ('contest_round', '''contests'''),
            ('supervision_finding', '''findings'''),
            ('unit', '''activity-tallies'', ''cases'', ''contests'', ''findings'', ''imports'', ''major-matters'','
                     || ' ''notifications'', ''plans'', ''roster''')) x(tab, stamps)
    LOOP
        EXECUTE format('CREATE TRIGGER todo_stamp_take BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I'
                || ' FOR EACH STATEMENT EXECUTE FUNCTION todo_stamp_take(%s)', t.tab, t.stamps);
    END LOOP;
END;
$$;
