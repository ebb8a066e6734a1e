-- A village's (or community's) first secretary (驻村第一书记): a member stationed there from a day until a day.
-- At most one open stationing per object; past ones are kept.
CREATE TABLE stationing (
    id          bigserial    PRIMARY KEY,
    object_id   bigint       NOT NULL REFERENCES assisted_object (id),
    member_id   bigint       NOT NULL REFERENCES member (id),
    starts_on   date         NOT NULL,
    ends_on     date,
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(64),
    updated_at  timestamptz,
    updated_by  varchar(64),
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX stationing_object_idx ON stationing (object_id);
CREATE INDEX stationing_member_idx ON stationing (member_id);
CREATE UNIQUE INDEX stationing_open_uq ON stationing (object_id) WHERE ends_on IS NULL;
