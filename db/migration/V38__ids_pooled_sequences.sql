-- Pooled ids (issue 20, speed): every record the application maps (AuditedEntity: the tables with id, version,
-- created_at/by and updated_at/by) now takes its id from its table's own sequence, <table>_id_seq, 50 at a time.
-- Hibernate's pooled optimizer calls nextval once and hands out the 50 ids at and below the value it got, so an
-- insert needs no round trip for its id and inserts go to the database in JDBC batches (an identity column forbids
-- that). A plain SQL insert that takes the column default keeps working: it uses the value nextval gave it, whose
-- 49 ids below are nobody's, so ids stay unique but are no longer consecutive.
-- Hibernate checks at start-up that each sequence's increment equals its allocation size (50): a new table of an
-- AuditedEntity needs "ALTER SEQUENCE <table>_id_seq INCREMENT BY 50" in its own migration.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN
        SELECT c.table_name
        FROM information_schema.columns c
        WHERE c.table_schema = current_schema() AND c.column_name = 'id' AND c.column_default LIKE 'nextval(%'
          AND (SELECT count(*) FROM information_schema.columns a
               WHERE a.table_schema = c.table_schema AND a.table_name = c.table_name
                 AND a.column_name IN ('version', 'created_at', 'created_by', 'updated_at', 'updated_by')) = 5
        ORDER BY c.table_name
    LOOP
        EXECUTE format('ALTER SEQUENCE %s INCREMENT BY 50', pg_get_serial_sequence(quote_ident(t.table_name), 'id'));
    END LOOP;
END $$;
