-- A case's photos (典型案例的照片), kept as a contest stop's are: the image, a JPEG thumbnail, what the file says of
-- itself; removed by marking, never deleted; the bytes in the columns or, with an object store, under
-- case_photo/<id>/… (BlobKey.PHOTO_TABLES). A draft's photos may be pre-filled from the contest stop it was drafted
-- from (from_stop_photo_id). A published case's photos do not change: no photo is added to it nor taken off (the
-- service refuses with a message; this trigger is the last word). Moving the bytes to the store stays allowed.
CREATE TABLE case_photo (
    id                  bigserial    PRIMARY KEY,
    case_id             bigint       NOT NULL REFERENCES case_study (id),
    from_stop_photo_id  bigint       REFERENCES contest_stop_photo (id),
    content_type        varchar(16)  NOT NULL,
    byte_size           bigint       NOT NULL,
    width               integer      NOT NULL,
    height              integer      NOT NULL,
    taken_at            timestamp,
    removed             boolean      NOT NULL DEFAULT false,
    content             bytea,
    thumbnail           bytea,
    version             bigint       NOT NULL DEFAULT 0,
    created_at          timestamptz  NOT NULL,
    created_by          varchar(64),
    updated_at          timestamptz,
    updated_by          varchar(64)
);
CREATE INDEX case_photo_case_idx ON case_photo (case_id, id);
CREATE INDEX case_photo_stop_photo_idx ON case_photo (from_stop_photo_id);
ALTER SEQUENCE case_photo_id_seq INCREMENT BY 50;

CREATE FUNCTION case_photos_locked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM case_study WHERE id = NEW.case_id AND status = 'PUBLISHED') THEN
        RAISE EXCEPTION 'the case % is published: its photos do not change', NEW.case_id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER case_photo_locked BEFORE INSERT OR UPDATE OF removed, case_id ON case_photo
    FOR EACH ROW EXECUTE FUNCTION case_photos_locked();
