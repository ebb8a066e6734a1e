-- The monthly notification's supervision section (issue 19): the month's inspections, findings, those rectified on
-- time, the overdue ones (on the day it is generated, like the other overdue figures), the measures taken; and its
-- lines — the findings by checklist item and the groups named (their findings in the month, overdue ones). Counted
-- when the notification is generated; frozen with it (the same triggers as notification_line). Earlier
-- notifications had no supervision: 0 and no lines.
ALTER TABLE monthly_notification
    ADD COLUMN inspections       integer NOT NULL DEFAULT 0,
    ADD COLUMN findings          integer NOT NULL DEFAULT 0,
    ADD COLUMN rectified_on_time integer NOT NULL DEFAULT 0,
    ADD COLUMN findings_overdue  integer NOT NULL DEFAULT 0,
    ADD COLUMN measures          integer NOT NULL DEFAULT 0;

-- kind ITEM: a checklist item's findings in the month (name = the item, "" for none); GROUP: a group with findings
-- in the month or overdue ones (parent_name = its sub-team).
CREATE TABLE notification_supervision_line (
    id                 bigserial     PRIMARY KEY,
    notification_id    bigint        NOT NULL REFERENCES monthly_notification (id),
    kind               varchar(8)    NOT NULL CHECK (kind IN ('ITEM', 'GROUP')),
    position           integer       NOT NULL,
    unit_id            bigint        REFERENCES unit (id),
    name               varchar(200)  NOT NULL,
    parent_name        varchar(200),
    findings           integer       NOT NULL DEFAULT 0,
    rectified_on_time  integer       NOT NULL DEFAULT 0,
    overdue            integer       NOT NULL DEFAULT 0
);
CREATE INDEX notification_supervision_line_idx ON notification_supervision_line (notification_id, kind, position);
CREATE INDEX notification_supervision_line_unit_idx ON notification_supervision_line (unit_id);
CREATE TRIGGER notification_supervision_line_frozen BEFORE UPDATE OR DELETE ON notification_supervision_line
    FOR EACH ROW EXECUTE FUNCTION notification_immutable();
CREATE TRIGGER notification_supervision_line_closed BEFORE INSERT ON notification_supervision_line
    FOR EACH ROW EXECUTE FUNCTION notification_line_added();
CREATE TRIGGER notification_supervision_line_not_emptied BEFORE TRUNCATE ON notification_supervision_line
    FOR EACH STATEMENT EXECUTE FUNCTION notification_immutable();

-- the month's figures read findings by day and measures by day under a path
CREATE INDEX supervision_finding_closed_idx ON supervision_finding (closed_on) WHERE closed_on IS NOT NULL;
