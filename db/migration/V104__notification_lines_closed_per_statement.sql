-- A published notification's lines stay closed (V25, V56), checked once a statement instead of once a line (issue 25):
-- a province's notification writes its 3,400 lines and 3,000 supervision lines in one statement each, and the row
-- trigger's look-up of the notification was a third of the statements' time (145 ms of 400 for 3,000 lines on a slow
-- host). The statement's new lines are read from its transition table; any line of a published notification refuses
-- the whole statement, with the same message as before.
CREATE FUNCTION notification_lines_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM monthly_notification m
               WHERE m.status = 'PUBLISHED' AND m.id IN (SELECT DISTINCT notification_id FROM new_rows)) THEN
        RAISE EXCEPTION 'a published notification''s content is a snapshot and does not change';
    END IF;
    RETURN NULL;
END $$;

DROP TRIGGER notification_line_closed ON notification_line;
CREATE TRIGGER notification_line_closed AFTER INSERT ON notification_line
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notification_lines_added();
DROP TRIGGER notification_supervision_line_closed ON notification_supervision_line;
CREATE TRIGGER notification_supervision_line_closed AFTER INSERT ON notification_supervision_line
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notification_lines_added();
