-- What the member list's pages were last read from (issue 25): a ninth of V93's stamps, 'roster', raised in the same
-- transaction by every statement that writes what a page of the list reads — the members (and, through their
-- triggers, V6's live count and the search text), their memberships, their work units — and, as every stamp, by the
-- team tree. A page (its rows with their units, and its total) is kept per scope's path, query and page with the
-- stamp's sum read first (domain/member/MemberService.search, domain/common/StampedReads): a search by a surname sorted
-- its province-wide matches in the Chinese collation on every request (7 ms of PostgreSQL), for a roster that changes
-- a few times a day.
CREATE OR REPLACE FUNCTION todo_stamp_touch(stamps text[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO todo_stamp (stamp, slot, n)
    SELECT s, (pg_current_xact_id()::text::bigint % 64)::int, CASE WHEN s = ANY (stamps) THEN 1 ELSE 0 END
    FROM unnest(ARRAY['activity-tallies', 'cases', 'contests', 'findings', 'imports', 'major-matters',
                      'notifications', 'plans', 'roster']) s ORDER BY s
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
            ('member', '''roster'''),
            ('membership', '''roster'''),
            ('work_unit', '''roster'''),
            ('unit', '''activity-tallies'', ''cases'', ''contests'', ''findings'', ''imports'', ''major-matters'','
                     || ' ''notifications'', ''plans'', ''roster''')) x(tab, stamps)
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
