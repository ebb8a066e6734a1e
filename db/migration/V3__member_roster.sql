-- Dispatching units (派出单位), members (干部人才) and their memberships in units.
CREATE TABLE work_unit (
    id          bigserial    PRIMARY KEY,
    name        varchar(100) NOT NULL,
    kind        varchar(32)  NOT NULL,
    archived    boolean      NOT NULL DEFAULT false,
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(64),
    updated_at  timestamptz,
    updated_by  varchar(64)
);
CREATE UNIQUE INDEX work_unit_name_uq ON work_unit (name);

CREATE TABLE member (
    id            bigserial    PRIMARY KEY,
    name          varchar(50)  NOT NULL,
    gender        varchar(8)   NOT NULL,
    work_unit_id  bigint       NOT NULL REFERENCES work_unit (id),
    post          varchar(100),
    rank          varchar(50),
    specialty     varchar(200),
    mobile        varchar(20)  NOT NULL,
    party_member  boolean      NOT NULL DEFAULT false,
    type          varchar(32)  NOT NULL,
    notes         varchar(2000),
    archived      boolean      NOT NULL DEFAULT false,
    version       bigint       NOT NULL DEFAULT 0,
    created_at    timestamptz  NOT NULL,
    created_by    varchar(64),
    updated_at    timestamptz,
    updated_by    varchar(64)
);
CREATE UNIQUE INDEX member_mobile_uq ON member (mobile);
CREATE INDEX member_work_unit_idx ON member (work_unit_id);
CREATE INDEX member_name_idx ON member (name);
CREATE INDEX member_search_trgm ON member USING gin ((name || ' ' || mobile || ' ' || coalesce(specialty, '') || ' ' || coalesce(post, '')) gin_trgm_ops);

CREATE TABLE membership (
    id          bigserial    PRIMARY KEY,
    member_id   bigint       NOT NULL REFERENCES member (id),
    unit_id     bigint       NOT NULL REFERENCES unit (id),
    position    varchar(32)  NOT NULL,
    joined_on   date         NOT NULL,
    left_on     date,
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(64),
    updated_at  timestamptz,
    updated_by  varchar(64),
    CHECK (left_on IS NULL OR left_on >= joined_on)
);
CREATE INDEX membership_member_idx ON membership (member_id);
CREATE INDEX membership_unit_idx ON membership (unit_id);
CREATE UNIQUE INDEX membership_open_uq ON membership (member_id, unit_id) WHERE left_on IS NULL;
