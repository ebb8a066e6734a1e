-- Who changed what and when, for every record (see docs/architecture.md, "History").
-- One row per created record and one row per changed field.
CREATE TABLE record_history (
    id          bigserial    PRIMARY KEY,
    entity_type varchar(64)  NOT NULL,
    entity_id   bigint       NOT NULL,
    action      varchar(16)  NOT NULL,
    field       varchar(64),
    old_value   text,
    new_value   text,
    changed_at  timestamptz  NOT NULL,
    changed_by  varchar(64)  NOT NULL
);
CREATE INDEX record_history_entity_idx ON record_history (entity_type, entity_id, changed_at);

CREATE EXTENSION IF NOT EXISTS pg_trgm;
