-- A stationed cadre's days away from the village (issue 18, part 2): days worked away on duty (外出公务: a meeting in
-- the county, training, cross-town service, other) and leave (请假), each asked with its dates and reason and approved
-- or refused (with a note) by the sub-team leader whose pairing with the village is in force, or the org admin.
-- Leave ends early when the cadre reports back (销假: back_on, the leave's last day). Never deleted; a refused request
-- stays as it was.
CREATE TABLE station_absence (
    id             bigserial     PRIMARY KEY,
    stationing_id  bigint        NOT NULL REFERENCES stationing (id),
    object_id      bigint        NOT NULL REFERENCES assisted_object (id),
    member_id      bigint        NOT NULL REFERENCES member (id),
    kind           varchar(10)   NOT NULL CHECK (kind IN ('AWAY', 'LEAVE')),
    away_reason    varchar(30)   CHECK (away_reason IS NULL OR kind = 'AWAY'),
    starts_on      date          NOT NULL,
    ends_on        date          NOT NULL CHECK (ends_on >= starts_on),
    reason         varchar(1000) NOT NULL,
    status         varchar(10)   NOT NULL CHECK (status IN ('REQUESTED', 'APPROVED', 'REFUSED')),
    decided_by     varchar(64),
    decided_at     timestamptz,
    decision_note  varchar(1000),
    back_on        date          CHECK (back_on IS NULL OR (kind = 'LEAVE' AND back_on BETWEEN starts_on AND ends_on)),
    version        bigint        NOT NULL DEFAULT 0,
    created_at     timestamptz   NOT NULL,
    created_by     varchar(64),
    updated_at     timestamptz,
    updated_by     varchar(64)
);
CREATE INDEX station_absence_member_idx ON station_absence (member_id, starts_on);
CREATE INDEX station_absence_object_idx ON station_absence (object_id, starts_on);
CREATE INDEX station_absence_stationing_idx ON station_absence (stationing_id);
CREATE INDEX station_absence_requested_idx ON station_absence (object_id) WHERE status = 'REQUESTED';
ALTER SEQUENCE station_absence_id_seq INCREMENT BY 50;
