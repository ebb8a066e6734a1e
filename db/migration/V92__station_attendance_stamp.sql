-- What the attendance figures of a month were last computed from (issue 25): a counter per village, raised in the
-- same transaction by every write the attendance sheet reads — a check-in, an absence (asked, decided, reported
-- back), a stationing (its term, its village), a pairing (which villages a sub-team's sheet holds) — and one for the
-- team tree (row 0: a moved unit changes a sub-team's villages). The dashboard's attendance rate and missing
-- check-ins are kept with the sum of these counters they were computed after (persistence/station/
-- AttendanceFigureCache): while the sum stays, no write they read has happened since, and the kept figures are the
-- ones the statement would give; any such write raises the sum and the next reader computes them again. A counter
-- per village, not one for all, so that check-ins in different villages do not wait on one row.
CREATE TABLE station_attendance_stamp (
    object_id bigint NOT NULL,
    n         bigint NOT NULL,
    CONSTRAINT station_attendance_stamp_pk PRIMARY KEY (object_id)
);

CREATE FUNCTION station_attendance_touch(village bigint) RETURNS void LANGUAGE sql AS $$
    INSERT INTO station_attendance_stamp (object_id, n) VALUES (village, 1)
    ON CONFLICT (object_id) DO UPDATE SET n = station_attendance_stamp.n + 1;
$$;

CREATE FUNCTION station_attendance_touch_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    village bigint;
BEGIN
    IF TG_TABLE_NAME = 'station_absence' THEN
        SELECT s.object_id INTO village FROM stationing s WHERE s.id = NEW.stationing_id;
    ELSIF TG_TABLE_NAME = 'unit' THEN
        village := 0;
    ELSE
        village := NEW.object_id;
    END IF;
    PERFORM station_attendance_touch(coalesce(village, 0));
    IF TG_OP = 'UPDATE' AND TG_TABLE_NAME IN ('stationing', 'assistance_relationship', 'station_checkin') THEN
        -- a row moved to another village changes that village's figures too
        IF OLD.object_id IS DISTINCT FROM NEW.object_id THEN
            PERFORM station_attendance_touch(OLD.object_id);
        END IF;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER station_attendance_checkin AFTER INSERT OR UPDATE ON station_checkin
    FOR EACH ROW EXECUTE FUNCTION station_attendance_touch_row();
CREATE TRIGGER station_attendance_absence AFTER INSERT OR UPDATE ON station_absence
    FOR EACH ROW EXECUTE FUNCTION station_attendance_touch_row();
CREATE TRIGGER station_attendance_stationing AFTER INSERT OR UPDATE ON stationing
    FOR EACH ROW EXECUTE FUNCTION station_attendance_touch_row();
CREATE TRIGGER station_attendance_pairing AFTER INSERT OR UPDATE ON assistance_relationship
    FOR EACH ROW EXECUTE FUNCTION station_attendance_touch_row();
CREATE TRIGGER station_attendance_tree AFTER INSERT OR UPDATE OF path, parent_id, archived ON unit
    FOR EACH ROW EXECUTE FUNCTION station_attendance_touch_row();
