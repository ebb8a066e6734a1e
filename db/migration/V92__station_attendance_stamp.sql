-- What the stationed cadres' figures were last computed from (issue 25): a counter per village, raised in the same
-- transaction by every write the attendance sheet and the dashboard's station figures read — check-ins, absences
-- (asked, decided, reported back), stationings (term, village, cadre, role), pairings (which villages a sub-team's
-- figures hold) — and one for the team tree (row 0: a moved unit changes a sub-team's villages; also any TRUNCATE).
-- The figures are kept with the sum of these counters read before computing them (persistence/station/
-- AttendanceFigureCache): while the sum stays, no write they read has committed since, and the kept figures are the
-- ones the statements would give; any such write raises the sum and the next reader computes them again.
-- Statement triggers: each statement raises each village it touched once, the villages in order (a writer never holds
-- one village's counter while waiting for a lower one's), and an update that changes none of the columns read (the
-- check-in's thumbnail made after it, a stationing's commitments) raises nothing. A counter per village, not one for
-- all, so that check-ins in different villages do not wait on one row.
CREATE TABLE station_attendance_stamp (
    object_id bigint NOT NULL,
    n         bigint NOT NULL,
    CONSTRAINT station_attendance_stamp_pk PRIMARY KEY (object_id)
);

CREATE FUNCTION station_attendance_touch(villages bigint[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO station_attendance_stamp (object_id, n)
    SELECT v, 1 FROM (SELECT DISTINCT unnest(villages) AS v) x WHERE v IS NOT NULL ORDER BY v
    ON CONFLICT (object_id) DO UPDATE SET n = station_attendance_stamp.n + 1;
$$;

-- check-ins: the day, its doubts, whose and where
CREATE FUNCTION station_attendance_checkins() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM station_attendance_touch(ARRAY(SELECT object_id FROM new_rows));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM station_attendance_touch(ARRAY(SELECT object_id FROM old_rows));
    ELSE
        PERFORM station_attendance_touch(ARRAY(
            SELECT x.v FROM new_rows n JOIN old_rows o ON o.id = n.id, LATERAL (VALUES (n.object_id), (o.object_id)) x(v)
            WHERE (n.stationing_id, n.object_id, n.day, n.doubts)
                  IS DISTINCT FROM (o.stationing_id, o.object_id, o.day, o.doubts)));
    END IF;
    RETURN NULL;
END;
$$;

-- absences: their stationing's village
CREATE FUNCTION station_attendance_absences() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM station_attendance_touch(ARRAY(
            SELECT s.object_id FROM new_rows n JOIN stationing s ON s.id = n.stationing_id));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM station_attendance_touch(ARRAY(
            SELECT s.object_id FROM old_rows o JOIN stationing s ON s.id = o.stationing_id));
    ELSE
        PERFORM station_attendance_touch(ARRAY(
            SELECT s.object_id FROM new_rows n JOIN old_rows o ON o.id = n.id
            JOIN stationing s ON s.id IN (n.stationing_id, o.stationing_id)
            WHERE (n.stationing_id, n.status, n.kind, n.starts_on, n.ends_on, n.back_on)
                  IS DISTINCT FROM (o.stationing_id, o.status, o.kind, o.starts_on, o.ends_on, o.back_on)));
    END IF;
    RETURN NULL;
END;
$$;

-- stationings and pairings: the village, the days, and who (a stationing) or which group (a pairing)
CREATE FUNCTION station_attendance_villages() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM station_attendance_touch(ARRAY(SELECT object_id FROM new_rows));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM station_attendance_touch(ARRAY(SELECT object_id FROM old_rows));
    ELSIF TG_TABLE_NAME = 'stationing' THEN
        PERFORM station_attendance_touch(ARRAY(
            SELECT x.v FROM new_rows n JOIN old_rows o ON o.id = n.id, LATERAL (VALUES (n.object_id), (o.object_id)) x(v)
            WHERE (n.object_id, n.member_id, n.starts_on, n.ends_on, n.role)
                  IS DISTINCT FROM (o.object_id, o.member_id, o.starts_on, o.ends_on, o.role)));
    ELSE
        PERFORM station_attendance_touch(ARRAY(
            SELECT x.v FROM new_rows n JOIN old_rows o ON o.id = n.id, LATERAL (VALUES (n.object_id), (o.object_id)) x(v)
            WHERE (n.object_id, n.group_id, n.starts_on, n.ends_on, n.ended_on)
                  IS DISTINCT FROM (o.object_id, o.group_id, o.starts_on, o.ends_on, o.ended_on)));
    END IF;
    RETURN NULL;
END;
$$;

-- the tree: a unit moved, renamed in its path, archived or deleted; and a TRUNCATE of any of these tables
CREATE FUNCTION station_attendance_tree() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('TRUNCATE', 'DELETE') THEN
        PERFORM station_attendance_touch(ARRAY[0::bigint]);
    ELSIF EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id
                  WHERE (n.path, n.parent_id, n.archived, n.kind)
                        IS DISTINCT FROM (o.path, o.parent_id, o.archived, o.kind)) THEN
        PERFORM station_attendance_touch(ARRAY[0::bigint]);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER station_attendance_checkin_insert AFTER INSERT ON station_checkin
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION station_attendance_checkins();
CREATE TRIGGER station_attendance_checkin_update AFTER UPDATE ON station_checkin
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION station_attendance_checkins();
CREATE TRIGGER station_attendance_checkin_delete AFTER DELETE ON station_checkin
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION station_attendance_checkins();

CREATE TRIGGER station_attendance_absence_insert AFTER INSERT ON station_absence
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION station_attendance_absences();
CREATE TRIGGER station_attendance_absence_update AFTER UPDATE ON station_absence
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION station_attendance_absences();
CREATE TRIGGER station_attendance_absence_delete AFTER DELETE ON station_absence
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION station_attendance_absences();

CREATE TRIGGER station_attendance_stationing_insert AFTER INSERT ON stationing
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION station_attendance_villages();
CREATE TRIGGER station_attendance_stationing_update AFTER UPDATE ON stationing
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION station_attendance_villages();
CREATE TRIGGER station_attendance_stationing_delete AFTER DELETE ON stationing
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION station_attendance_villages();

CREATE TRIGGER station_attendance_pairing_insert AFTER INSERT ON assistance_relationship
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION station_attendance_villages();
CREATE TRIGGER station_attendance_pairing_update AFTER UPDATE ON assistance_relationship
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION station_attendance_villages();
CREATE TRIGGER station_attendance_pairing_delete AFTER DELETE ON assistance_relationship
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION station_attendance_villages();

CREATE TRIGGER station_attendance_tree_update AFTER UPDATE ON unit
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION station_attendance_tree();
CREATE TRIGGER station_attendance_tree_delete AFTER DELETE ON unit
    FOR EACH STATEMENT EXECUTE FUNCTION station_attendance_tree();

CREATE TRIGGER station_attendance_checkin_truncate AFTER TRUNCATE ON station_checkin
    FOR EACH STATEMENT EXECUTE FUNCTION station_attendance_tree();
CREATE TRIGGER station_attendance_absence_truncate AFTER TRUNCATE ON station_absence
    FOR EACH STATEMENT EXECUTE FUNCTION station_attendance_tree();
CREATE TRIGGER station_attendance_stationing_truncate AFTER TRUNCATE ON stationing
    FOR EACH STATEMENT EXECUTE FUNCTION station_attendance_tree();
CREATE TRIGGER station_attendance_pairing_truncate AFTER TRUNCATE ON assistance_relationship
    FOR EACH STATEMENT EXECUTE FUNCTION station_attendance_tree();
