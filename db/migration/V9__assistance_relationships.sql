-- The assistance relationship (帮扶关系 / 结对): a group paired with an assisted object for a term of one to two
-- years. A renewal is a new row pointing at the term it continues; the old one is kept as RENEWED.
CREATE TABLE assistance_relationship (
    id              bigserial    PRIMARY KEY,
    group_id        bigint       NOT NULL REFERENCES unit (id),
    object_id       bigint       NOT NULL REFERENCES assisted_object (id),
    starts_on       date         NOT NULL,
    ends_on         date         NOT NULL,
    focus           varchar(32)  NOT NULL,
    agreement       varchar(4000),
    status          varchar(16)  NOT NULL CHECK (status IN ('ACTIVE', 'ENDED', 'RENEWED')),
    ended_on        date,
    renewal_of_id   bigint       REFERENCES assistance_relationship (id),
    version         bigint       NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL,
    created_by      varchar(64),
    updated_at      timestamptz,
    updated_by      varchar(64),
    CHECK (ends_on > starts_on),
    CHECK ((status = 'ENDED') = (ended_on IS NOT NULL))
);
CREATE INDEX relationship_group_idx ON assistance_relationship (group_id);
CREATE INDEX relationship_object_idx ON assistance_relationship (object_id);
CREATE UNIQUE INDEX relationship_renewal_uq ON assistance_relationship (renewal_of_id);
-- one active term per group and object
CREATE UNIQUE INDEX relationship_active_uq ON assistance_relationship (group_id, object_id) WHERE status = 'ACTIVE';
