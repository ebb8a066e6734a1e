-- An import inserts its members one statement at a time (identity ids), and each statement's trigger updated the
-- tally row again: within one transaction every update adds a version to that row that nobody can clean up yet, so
-- the n-th insert walked n versions and a 100,000-row import slowed to a crawl. An import now says so for its own
-- transaction (helituan.tally_deferred = on, set local); the triggers then leave the row alone, and the import,
-- which holds the row from its start, counts the live members once before it commits. Everyone else is unchanged.
CREATE OR REPLACE FUNCTION member_tally_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('helituan.tally_deferred', true) = 'on' THEN
        RETURN NULL;
    END IF;
    UPDATE member_tally SET live = live + (SELECT count(*) FROM new_rows WHERE NOT archived) WHERE id = 1;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION member_tally_updated() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    delta bigint;
BEGIN
    IF current_setting('helituan.tally_deferred', true) = 'on' THEN
        RETURN NULL;
    END IF;
    delta := (SELECT count(*) FROM new_rows WHERE NOT archived) - (SELECT count(*) FROM old_rows WHERE NOT archived);
    IF delta <> 0 THEN
        UPDATE member_tally SET live = live + delta WHERE id = 1;
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION member_tally_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('helituan.tally_deferred', true) = 'on' THEN
        RETURN NULL;
    END IF;
    UPDATE member_tally SET live = live - (SELECT count(*) FROM old_rows WHERE NOT archived) WHERE id = 1;
    RETURN NULL;
END $$;
