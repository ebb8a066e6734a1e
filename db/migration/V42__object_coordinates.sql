-- A village's (or community's) place for the daily check-in (打卡): latitude and longitude in degrees (WGS-84, as a
-- phone's browser reports them) and the radius in metres within which a check-in counts as in the village.
ALTER TABLE assisted_object
    ADD COLUMN latitude       double precision,
    ADD COLUMN longitude      double precision,
    ADD COLUMN checkin_radius integer NOT NULL DEFAULT 1000,
    ADD CONSTRAINT assisted_object_latitude_ck CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
    ADD CONSTRAINT assisted_object_longitude_ck CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),
    ADD CONSTRAINT assisted_object_place_ck CHECK ((latitude IS NULL) = (longitude IS NULL)),
    ADD CONSTRAINT assisted_object_radius_ck CHECK (checkin_radius BETWEEN 50 AND 50000);
