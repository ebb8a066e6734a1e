-- A photo's thumbnail is made after the commit by the photo-thumbnail job (db-scheduler), no longer on the request
-- that stored it: each photo table says where it stands. PENDING until the job made it, READY once made (every photo
-- stored before this change: their thumbnails were made on the request), UNREADABLE when the image does not decode
-- (damaged inside its data, which the header read on the request cannot tell). A constant default: no table rewrite.
-- The partial indexes hold only the pending rows, for the start-up that queues them again.
ALTER TABLE activity_photo ADD COLUMN thumbnail_state varchar(10) NOT NULL DEFAULT 'READY'
    CHECK (thumbnail_state IN ('PENDING', 'READY', 'UNREADABLE'));
ALTER TABLE demand_photo ADD COLUMN thumbnail_state varchar(10) NOT NULL DEFAULT 'READY'
    CHECK (thumbnail_state IN ('PENDING', 'READY', 'UNREADABLE'));
ALTER TABLE station_checkin ADD COLUMN thumbnail_state varchar(10) NOT NULL DEFAULT 'READY'
    CHECK (thumbnail_state IN ('PENDING', 'READY', 'UNREADABLE'));
ALTER TABLE contest_stop_photo ADD COLUMN thumbnail_state varchar(10) NOT NULL DEFAULT 'READY'
    CHECK (thumbnail_state IN ('PENDING', 'READY', 'UNREADABLE'));
ALTER TABLE supervision_finding_photo ADD COLUMN thumbnail_state varchar(10) NOT NULL DEFAULT 'READY'
    CHECK (thumbnail_state IN ('PENDING', 'READY', 'UNREADABLE'));
ALTER TABLE case_photo ADD COLUMN thumbnail_state varchar(10) NOT NULL DEFAULT 'READY'
    CHECK (thumbnail_state IN ('PENDING', 'READY', 'UNREADABLE'));

CREATE INDEX activity_photo_thumbnail_pending_idx ON activity_photo (id) WHERE thumbnail_state = 'PENDING';
CREATE INDEX demand_photo_thumbnail_pending_idx ON demand_photo (id) WHERE thumbnail_state = 'PENDING';
CREATE INDEX station_checkin_thumbnail_pending_idx ON station_checkin (id) WHERE thumbnail_state = 'PENDING';
CREATE INDEX contest_stop_photo_thumbnail_pending_idx ON contest_stop_photo (id) WHERE thumbnail_state = 'PENDING';
CREATE INDEX supervision_finding_photo_thumbnail_pending_idx ON supervision_finding_photo (id)
    WHERE thumbnail_state = 'PENDING';
CREATE INDEX case_photo_thumbnail_pending_idx ON case_photo (id) WHERE thumbnail_state = 'PENDING';

-- The image and the thumbnail are stored out of line and uncompressed: a JPEG, PNG or WebP does not compress, and
-- the default (EXTENDED) ran every 3 MB photo through pglz in vain — ~100 ms of PostgreSQL per check-in
-- (docs/performance.md, "its thumbnail after the commit"). Rows written before keep their storage (no rewrite).
ALTER TABLE activity_photo ALTER COLUMN content SET STORAGE EXTERNAL, ALTER COLUMN thumbnail SET STORAGE EXTERNAL;
ALTER TABLE demand_photo ALTER COLUMN content SET STORAGE EXTERNAL, ALTER COLUMN thumbnail SET STORAGE EXTERNAL;
ALTER TABLE station_checkin ALTER COLUMN content SET STORAGE EXTERNAL, ALTER COLUMN thumbnail SET STORAGE EXTERNAL;
ALTER TABLE contest_stop_photo ALTER COLUMN content SET STORAGE EXTERNAL,
    ALTER COLUMN thumbnail SET STORAGE EXTERNAL;
ALTER TABLE supervision_finding_photo ALTER COLUMN content SET STORAGE EXTERNAL,
    ALTER COLUMN thumbnail SET STORAGE EXTERNAL;
ALTER TABLE case_photo ALTER COLUMN content SET STORAGE EXTERNAL, ALTER COLUMN thumbnail SET STORAGE EXTERNAL;
