-- Photos as evidence of an activity (up to 9 each): the image as uploaded, a small JPEG thumbnail for lists, and
-- what the file says of itself (its capture time from EXIF, its size). Kept in the database, so a backup of the
-- database backs them up too. A photo is removed by marking it, never deleted. (The record is written first, its
-- bytes right after in the same transaction.)
CREATE TABLE activity_photo (
    id            bigserial    PRIMARY KEY,
    activity_id   bigint       NOT NULL REFERENCES activity (id),
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
CREATE INDEX activity_photo_activity_idx ON activity_photo (activity_id, id);
