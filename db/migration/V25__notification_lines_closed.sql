-- A published notification's lines are closed: V24 refused changing or deleting them; here adding a line to a published
-- notification, and emptying either table, is refused too.
CREATE FUNCTION notification_line_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT status FROM monthly_notification WHERE id = NEW.notification_id) = 'PUBLISHED' THEN
        RAISE EXCEPTION 'a published notification''s content is a snapshot and does not change';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER notification_line_closed BEFORE INSERT ON notification_line
    FOR EACH ROW EXECUTE FUNCTION notification_line_added();
CREATE TRIGGER notification_line_not_emptied BEFORE TRUNCATE ON notification_line
    FOR EACH STATEMENT EXECUTE FUNCTION notification_immutable();
CREATE TRIGGER monthly_notification_not_emptied BEFORE TRUNCATE ON monthly_notification
    FOR EACH STATEMENT EXECUTE FUNCTION notification_immutable();
