-- A stationed cadre's daily check-in (打卡): where the phone said it was (and how sure it was), the distance to the
-- village, the server's time, a photo taken then (its bytes, thumbnail, SHA-256 and EXIF time and place), and the
-- reasons it is doubtful (",OUTSIDE_RADIUS,PHOTO_REUSED," — "" for none). One per cadre per day; never deleted.
CREATE TABLE station_checkin (
    id              bigserial        PRIMARY KEY,
    stationing_id   bigint           NOT NULL REFERENCES stationing (id),
    object_id       bigint           NOT NULL REFERENCES assisted_object (id),
    member_id       bigint           NOT NULL REFERENCES member (id),
    day             date             NOT NULL,
    checked_at      timestamptz      NOT NULL,
    latitude        double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude       double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    accuracy        double precision CHECK (accuracy IS NULL OR accuracy >= 0),
    distance        integer          CHECK (distance IS NULL OR distance >= 0),
    doubts          varchar(300)     NOT NULL DEFAULT '',
    photo_hash      varchar(64)      NOT NULL,
    exif_latitude   double precision,
    exif_longitude  double precision,
    content_type    varchar(50)      NOT NULL,
    byte_size       bigint           NOT NULL,
    width           integer          NOT NULL,
    height          integer          NOT NULL,
    taken_at        timestamp,
    removed         boolean          NOT NULL DEFAULT false,
    content         bytea,
    thumbnail       bytea,
    version         bigint           NOT NULL DEFAULT 0,
    created_at      timestamptz      NOT NULL,
    created_by      varchar(64),
    updated_at      timestamptz,
    updated_by      varchar(64)
);
CREATE UNIQUE INDEX station_checkin_member_day_uq ON station_checkin (member_id, day);
CREATE INDEX station_checkin_object_day_idx ON station_checkin (object_id, day);
CREATE INDEX station_checkin_stationing_idx ON station_checkin (stationing_id);
CREATE INDEX station_checkin_photo_hash_idx ON station_checkin (photo_hash);
ALTER SEQUENCE station_checkin_id_seq INCREMENT BY 50;
