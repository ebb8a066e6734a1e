-- What the to-do badge's counts were last computed from (issue 25): counters per to-do source, raised in the same
-- transaction by every statement that writes a table the source counts — 'imports' (import_record), 'notifications'
-- (monthly_notification), 'major-matters' (station_major_matter; assistance_relationship: which villages a sub-team
-- reaches on the day), 'findings' (supervision_finding), 'plans' (annual_plan, plan_year) — and every source by the
-- team tree (unit: a moved or archived unit changes whose records a path reaches).
-- A source's items are kept per reader and day with the sum of its counters read before computing them
-- (persistence/todo/StampedTodos): while the sum stays, nothing they count has been written since, and the kept items
-- are what the source's statements would give; any such write raises the sum and the next reader computes them again.
-- The badge is on every page, so an administrator's page no longer runs the sources' statements at all.
-- A row per source and slot. A transaction raises the rows of one slot, chosen by its transaction id (xid % 64), so
-- that writers rarely meet on a row; the first of its statements that raises anything takes the slot's rows of every
-- stamp at once, in the stamps' order (those it does not raise by 0), so two transactions on the same slot wait in
-- line and never crosswise (a deadlock). One that does meet another waits for it to commit — an import holds its slot
-- for its whole pass: one transaction in 64 writing a stamped table meanwhile waits for it. The rows are never
-- deleted (a sum that went back could meet a value kept under it). A new stamp means a new version of
-- todo_stamp_touch naming it.
CREATE TABLE todo_stamp (
    stamp varchar(40) NOT NULL,
    slot  int         NOT NULL,
    n     bigint      NOT NULL,
    CONSTRAINT todo_stamp_pk PRIMARY KEY (stamp, slot)
);

CREATE FUNCTION todo_stamp_touch(stamps text[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO todo_stamp (stamp, slot, n)
    SELECT s, (pg_current_xact_id()::text::bigint % 64)::int, CASE WHEN s = ANY (stamps) THEN 1 ELSE 0 END
    FROM unnest(ARRAY['findings', 'imports', 'major-matters', 'notifications', 'plans']) s ORDER BY s
    ON CONFLICT (stamp, slot) DO UPDATE SET n = todo_stamp.n + EXCLUDED.n;
$$;

-- the trigger's arguments are the stamps to raise; a statement that wrote no row raises nothing (each transition
-- table is read in its own branch: it exists only in the trigger of its event)
CREATE FUNCTION todo_stamp_raise() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        PERFORM todo_stamp_touch(TG_ARGV);
    ELSIF TG_OP = 'DELETE' THEN
        IF EXISTS (SELECT 1 FROM old_rows) THEN
            PERFORM todo_stamp_touch(TG_ARGV);
        END IF;
    ELSIF EXISTS (SELECT 1 FROM new_rows) THEN
        PERFORM todo_stamp_touch(TG_ARGV);
    END IF;
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM (VALUES
            ('import_record', '''imports'''),
            ('monthly_notification', '''notifications'''),
            ('station_major_matter', '''major-matters'''),
            ('assistance_relationship', '''major-matters'''),
            ('supervision_finding', '''findings'''),
            ('annual_plan', '''plans'''),
            ('plan_year', '''plans'''),
            ('unit', '''imports'', ''notifications'', ''major-matters'', ''findings'', ''plans''')) x(tab, stamps)
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
