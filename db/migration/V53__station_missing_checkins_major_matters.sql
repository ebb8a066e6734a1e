-- Missing check-ins in the monthly notification, and the major-matter reports (issue 18 part 2).
-- The monthly notification names the stationed cadres with missing check-ins in its month (an absent day on the
-- attendance sheet: a working day of the term with no check-in and no approved away or leave), counted when it is
-- generated like its other overdue figures. Earlier notifications did not count them: 0.
ALTER TABLE monthly_notification ADD COLUMN missing_checkins integer NOT NULL DEFAULT 0;

-- A stationed cadre's major-matter report (重大事项报告): its type, when it happened (the wall-clock time the cadre
-- gives, in the deployment's zone), what happened and what was done, the server's time of the report; acknowledged
-- once, with a note, by the village's sub-team leader (pairing in force) or the org admin. Never deleted.
CREATE TABLE station_major_matter (
    id                bigserial     PRIMARY KEY,
    stationing_id     bigint        NOT NULL REFERENCES stationing (id),
    object_id         bigint        NOT NULL REFERENCES assisted_object (id),
    member_id         bigint        NOT NULL REFERENCES member (id),
    kind              varchar(30)   NOT NULL,
    happened_at       timestamp     NOT NULL,
    what              varchar(2000) NOT NULL,
    done              varchar(2000) NOT NULL,
    reported_at       timestamptz   NOT NULL,
    acknowledged_by   varchar(64),
    acknowledged_at   timestamptz,
    acknowledgement   varchar(1000),
    version           bigint        NOT NULL DEFAULT 0,
    created_at        timestamptz   NOT NULL,
    created_by        varchar(64),
    updated_at        timestamptz,
    updated_by        varchar(64),
    CHECK ((acknowledged_by IS NULL) = (acknowledged_at IS NULL))
);
CREATE INDEX station_major_matter_member_idx ON station_major_matter (member_id, reported_at);
CREATE INDEX station_major_matter_object_idx ON station_major_matter (object_id, reported_at);
CREATE INDEX station_major_matter_stationing_idx ON station_major_matter (stationing_id);
CREATE INDEX station_major_matter_open_idx ON station_major_matter (reported_at) WHERE acknowledged_at IS NULL;
ALTER SEQUENCE station_major_matter_id_seq INCREMENT BY 50;
