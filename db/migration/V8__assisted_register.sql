-- The register of what is assisted: administrative regions (县/区 → 镇/街道 → 村/社区), industrial chains, and the
-- assisted objects' own fields. Relationships (帮扶关系) come in a later migration.
CREATE TABLE region (
    id          bigserial    PRIMARY KEY,
    parent_id   bigint       REFERENCES region (id),
    level       varchar(16)  NOT NULL CHECK (level IN ('COUNTY', 'TOWN', 'VILLAGE')),
    name        varchar(100) NOT NULL,
    code        varchar(50)  NOT NULL,
    path        varchar(1000) NOT NULL DEFAULT '/',
    depth       integer      NOT NULL DEFAULT 0,
    archived    boolean      NOT NULL DEFAULT false,
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(64),
    updated_at  timestamptz,
    updated_by  varchar(64),
    CHECK ((level = 'COUNTY') = (parent_id IS NULL))
);
CREATE UNIQUE INDEX region_code_uq ON region (lower(code));
CREATE INDEX region_parent_idx ON region (parent_id);
CREATE INDEX region_path_idx ON region (path varchar_pattern_ops);

CREATE TABLE industrial_chain (
    id          bigserial    PRIMARY KEY,
    name        varchar(100) NOT NULL,
    archived    boolean      NOT NULL DEFAULT false,
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(64),
    updated_at  timestamptz,
    updated_by  varchar(64)
);
CREATE UNIQUE INDEX industrial_chain_name_uq ON industrial_chain (lower(name));

-- Several categories (villages) or goals (communities) per object: the enum names, comma-separated and wrapped in
-- commas (",POOR,WEAK,"), so that a filter is one LIKE ',POOR,' and the column is empty when none is set.
ALTER TABLE assisted_object
    ADD COLUMN region_id     bigint REFERENCES region (id),
    ADD COLUMN contact_name  varchar(50),
    ADD COLUMN contact_phone varchar(20),
    ADD COLUMN notes         varchar(2000),
    ADD COLUMN categories    varchar(200) NOT NULL DEFAULT '',
    ADD COLUMN goals         varchar(100) NOT NULL DEFAULT '',
    ADD COLUMN population    integer CHECK (population >= 0),
    ADD COLUMN households    integer CHECK (households >= 0),
    ADD COLUMN chain_id      bigint REFERENCES industrial_chain (id),
    ADD COLUMN scale         varchar(16) CHECK (scale IN ('LARGE', 'MEDIUM', 'SMALL', 'MICRO')),
    ADD COLUMN level         varchar(50);
CREATE INDEX assisted_object_region_idx ON assisted_object (region_id);
CREATE INDEX assisted_object_live_name_idx ON assisted_object (name, id) WHERE NOT archived;
