-- The team tree: 合力团 → 分团 (may nest) → 合力小组.
CREATE TABLE unit (
    id          bigserial    PRIMARY KEY,
    parent_id   bigint       REFERENCES unit (id),
    kind        varchar(16)  NOT NULL CHECK (kind IN ('TEAM', 'SUB_TEAM', 'GROUP')),
    name        varchar(100) NOT NULL,
    local_name  varchar(20),
    field       varchar(32),
    description varchar(2000),
    path        varchar(1000) NOT NULL DEFAULT '/',
    depth       integer      NOT NULL DEFAULT 0,
    archived    boolean      NOT NULL DEFAULT false,
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(64),
    updated_at  timestamptz,
    updated_by  varchar(64),
    CHECK ((kind = 'TEAM') = (parent_id IS NULL))
);
CREATE INDEX unit_parent_idx ON unit (parent_id);
CREATE INDEX unit_path_idx ON unit (path varchar_pattern_ops);
