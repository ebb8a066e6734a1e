-- The activity ledger import (台账导入, issue 20): a ledger confirmed on paper says who confirmed each activity and
-- when. The import keeps those words as they were written, on the activity, marked as imported: they are not a
-- confirmation in the product (the activity's status stays as the objects' own word makes it, so the tallies, the
-- dashboard and the notification count it as reported, not as confirmed).
ALTER TABLE activity ADD COLUMN paper_confirmed_by varchar(50);
ALTER TABLE activity ADD COLUMN paper_confirmed_on date;

-- The tallies of a transaction that writes many activities (a ledger import: thousands into the same few tally rows)
-- are counted once, at commit, instead of at every statement: a tally row updated thousands of times in one
-- transaction makes every update walk all its earlier versions (the roster's tally does the same, V12). A
-- transaction asks for it with set_config('helituan.activity_tally_deferred', 'on', true); the triggers then stage
-- their deltas in a temporary table of the session, and the first one also inserts a marker row whose deferred
-- constraint trigger applies every staged delta at commit, a month at a time, in the same transaction (a rollback
-- forgets them). Every other writer counts as before.
CREATE TABLE activity_tally_settle (
    id bigserial PRIMARY KEY
);

CREATE FUNCTION activity_tally_deferring() RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('helituan.activity_tally_deferred', true), '') <> 'on' THEN
        RETURN false;
    END IF;
    IF coalesce(current_setting('helituan.activity_tally_staging', true), '') <> 'on' THEN
        CREATE TEMP TABLE IF NOT EXISTS activity_tally_pending (delta activity_tally_delta NOT NULL)
            ON COMMIT DELETE ROWS;
        INSERT INTO activity_tally_settle DEFAULT VALUES;
        PERFORM set_config('helituan.activity_tally_staging', 'on', true);
    END IF;
    RETURN true;
END $$;

CREATE FUNCTION activity_tally_settle() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    m date;
BEGIN
    FOR m IN SELECT DISTINCT (p.delta).month FROM pg_temp.activity_tally_pending p ORDER BY 1 LOOP
        PERFORM activity_tally_apply(ARRAY(SELECT p.delta FROM pg_temp.activity_tally_pending p
                                           WHERE (p.delta).month = m));
    END LOOP;
    DELETE FROM pg_temp.activity_tally_pending;
    DELETE FROM activity_tally_settle WHERE id = NEW.id;
    PERFORM set_config('helituan.activity_tally_staging', '', true);
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER activity_tally_settle_at_commit AFTER INSERT ON activity_tally_settle
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION activity_tally_settle();

CREATE OR REPLACE FUNCTION activity_tally_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF activity_tally_deferring() THEN
        INSERT INTO pg_temp.activity_tally_pending SELECT activity_tally_delta_of(1, n) FROM new_rows n;
    ELSE
        PERFORM activity_tally_apply(ARRAY(SELECT activity_tally_delta_of(1, n) FROM new_rows n));
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION activity_tally_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF activity_tally_deferring() THEN
        INSERT INTO pg_temp.activity_tally_pending
        SELECT d FROM old_rows o JOIN new_rows n ON n.id = o.id
        CROSS JOIN LATERAL (VALUES (activity_tally_delta_of(-1, o)), (activity_tally_delta_of(1, n))) AS v (d)
        WHERE activity_tally_delta_of(1, o) IS DISTINCT FROM activity_tally_delta_of(1, n);
    ELSE
        PERFORM activity_tally_apply(ARRAY(
            SELECT d FROM old_rows o JOIN new_rows n ON n.id = o.id
            CROSS JOIN LATERAL (VALUES (activity_tally_delta_of(-1, o)), (activity_tally_delta_of(1, n))) AS v (d)
            WHERE activity_tally_delta_of(1, o) IS DISTINCT FROM activity_tally_delta_of(1, n)));
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION activity_tally_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF activity_tally_deferring() THEN
        INSERT INTO pg_temp.activity_tally_pending SELECT activity_tally_delta_of(-1, o) FROM old_rows o;
    ELSE
        PERFORM activity_tally_apply(ARRAY(SELECT activity_tally_delta_of(-1, o) FROM old_rows o));
    END IF;
    RETURN NULL;
END $$;

-- The ledger import finds a row's activity by group, day and title (and its first object): a batch's candidates in
-- one statement (title = ANY, group_id = ANY, occurred_on = ANY), which this index answers by probing, not by
-- reading every activity of the batch's groups and days (a million-row import would read them again for every
-- batch). The title leads: it is the most selective.
CREATE INDEX activity_ledger_key_idx ON activity (title, group_id, occurred_on);
