-- Photos of a demand (optional, up to 9): what the village shows of its problem — a broken road, an old tea garden.
-- Kept as activity_photo keeps an activity's: the image as uploaded, a JPEG thumbnail, what the file says of itself;
-- removed by marking, never deleted.
CREATE TABLE demand_photo (
    id            bigserial    PRIMARY KEY,
    demand_id     bigint       NOT NULL REFERENCES demand (id),
    content_type  varchar(16)  NOT NULL,
    byte_size     bigint       NOT NULL,
    width         integer      NOT NULL,
    height        integer      NOT NULL,
    taken_at      timestamp,
    removed       boolean      NOT NULL DEFAULT false,
    content       bytea,
    thumbnail     bytea,
    version       bigint       NOT NULL DEFAULT 0,
    created_at    timestamptz  NOT NULL,
    created_by    varchar(64),
    updated_at    timestamptz,
    updated_by    varchar(64)
);
CREATE INDEX demand_photo_demand_idx ON demand_photo (demand_id, id);
