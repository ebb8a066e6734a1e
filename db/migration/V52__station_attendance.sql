-- The monthly attendance sheet's approval (考勤表审核, issue 18 part 2): one per village and month, frozen as approved —
-- who, when and the figures of each of the village's stationings then ("stationingId:present/doubtful/away/leave/
-- absent;…", by stationing id), so that a later change (a late decision on leave, a stationing filed) shows as
-- "changed since approval" until the sheet is approved again (the history keeps the earlier approval). The figures
-- themselves are never stored: they are counted from the check-ins and approved absences (sql/station/attendance.sql).
CREATE TABLE station_attendance_approval (
    id           bigserial    PRIMARY KEY,
    object_id    bigint       NOT NULL REFERENCES assisted_object (id),
    month        date         NOT NULL CHECK (extract(day from month) = 1),
    figures      text         NOT NULL,
    approved_by  varchar(64)  NOT NULL,
    approved_at  timestamptz  NOT NULL,
    version      bigint       NOT NULL DEFAULT 0,
    created_at   timestamptz  NOT NULL,
    created_by   varchar(64),
    updated_at   timestamptz,
    updated_by   varchar(64)
);
CREATE UNIQUE INDEX station_attendance_approval_uq ON station_attendance_approval (object_id, month);
ALTER SEQUENCE station_attendance_approval_id_seq INCREMENT BY 50;
-- the sheet's per-day join finds a stationing's check-ins by the stationing and day
CREATE INDEX station_checkin_stationing_day_idx ON station_checkin (stationing_id, day);
