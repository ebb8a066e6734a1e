-- Rotation (轮换, issue 18): a stationing ends by rotation. The org admin or the village's sub-team leader records
-- it: the outgoing stationing's end day and the incoming cadre, stationed the day after in the same role and village.
-- The handover record (交接记录) rides on it: what was open in the village when it was written (counts of the records
-- in the product, "key:count;…", kept so that the signed record does not change when the village's records do), the
-- village's situation in the outgoing cadre's words, and each cadre's sign-off (who, when). Once signed by anyone the
-- handover is frozen. The daily job `rotations-switch` notes when it disabled the outgoing cadre's account on the
-- village (on the end day) and when the incoming cadre's stationing opened (on the start day). Never deleted.
CREATE TABLE station_rotation (
    id                  bigserial     PRIMARY KEY,
    object_id           bigint        NOT NULL REFERENCES assisted_object (id),
    outgoing_id         bigint        NOT NULL REFERENCES stationing (id),
    incoming_id         bigint        NOT NULL REFERENCES stationing (id),
    open_items          varchar(500)  NOT NULL DEFAULT '',
    situation           varchar(4000),
    outgoing_signed_by  varchar(64),
    outgoing_signed_at  timestamptz,
    incoming_signed_by  varchar(64),
    incoming_signed_at  timestamptz,
    outgoing_closed_on  date,
    incoming_opened_on  date,
    version             bigint        NOT NULL DEFAULT 0,
    created_at          timestamptz   NOT NULL,
    created_by          varchar(64),
    updated_at          timestamptz,
    updated_by          varchar(64),
    CHECK ((outgoing_signed_by IS NULL) = (outgoing_signed_at IS NULL)),
    CHECK ((incoming_signed_by IS NULL) = (incoming_signed_at IS NULL)),
    CHECK (outgoing_id <> incoming_id)
);
CREATE UNIQUE INDEX station_rotation_outgoing_uq ON station_rotation (outgoing_id);
CREATE UNIQUE INDEX station_rotation_incoming_uq ON station_rotation (incoming_id);
CREATE INDEX station_rotation_object_idx ON station_rotation (object_id);
CREATE INDEX station_rotation_switch_idx ON station_rotation (id) WHERE incoming_opened_on IS NULL;
ALTER SEQUENCE station_rotation_id_seq INCREMENT BY 50;
