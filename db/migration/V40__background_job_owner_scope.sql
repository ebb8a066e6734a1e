-- A personal job's file (an export) is handed out only while its owner's scope still covers what it was made for
-- (issue 20 review): the owner's scope when the job was asked for, as BackgroundJob#scopeKey writes it
-- (role|unit path|object|member), and whether that scope read the roster (an export with mobiles). An owner made
-- a county admin after exporting the province no longer downloads the province's file.
ALTER TABLE background_job ADD COLUMN owner_scope varchar(400);
ALTER TABLE background_job ADD COLUMN owner_roster boolean NOT NULL DEFAULT false;

-- An export's file is read back in 1 MB pieces (substring): kept out of line and uncompressed (an .xlsx is a zip
-- already), a piece is read without decompressing the whole value first.
ALTER TABLE background_job ALTER COLUMN result SET STORAGE EXTERNAL;
