-- Excel/CSV imports (导入): one record per uploaded file, the file itself kept for audit, and what checking or
-- importing it found (pass 1 the check on upload, pass 2 the import itself, which checks again): per kind how many rows create, update or leave unchanged, and every problem by row and column.
CREATE TABLE import_record (
    id           bigserial     PRIMARY KEY,
    file_name    varchar(255)  NOT NULL,
    format       varchar(8)    NOT NULL,
    file_size    bigint        NOT NULL,
    sha256       varchar(64)   NOT NULL,
    -- the uploader's team path ('' for a whole-deployment administrator): who else may see the record and its file
    scope_path   varchar(1000) NOT NULL,
    -- the kind chosen on the upload form for a sheet that neither its name nor its headers tell (or none)
    chosen_kind  varchar(32),
    status       varchar(16)   NOT NULL,
    problems     integer       NOT NULL DEFAULT 0,
    pass         integer       NOT NULL DEFAULT 0,
    checked_at   timestamptz,
    imported_at  timestamptz,
    imported_by  varchar(64),
    version      bigint        NOT NULL DEFAULT 0,
    created_at   timestamptz   NOT NULL,
    created_by   varchar(64),
    updated_at   timestamptz,
    updated_by   varchar(64)
);
CREATE INDEX import_record_created_idx ON import_record (created_at DESC, id DESC);

CREATE TABLE import_file (
    record_id  bigint  PRIMARY KEY REFERENCES import_record (id),
    content    bytea   NOT NULL
);

CREATE TABLE import_tally (
    id         bigserial    PRIMARY KEY,
    record_id  bigint       NOT NULL REFERENCES import_record (id),
    pass       integer      NOT NULL,
    kind       varchar(32)  NOT NULL,
    sheet      varchar(100) NOT NULL,
    created    integer      NOT NULL,
    updated    integer      NOT NULL,
    unchanged  integer      NOT NULL,
    problems   integer      NOT NULL
);
CREATE INDEX import_tally_record_idx ON import_tally (record_id, pass);

-- The rows a pass creates or updates (the first thousand), so the preview can say which.
CREATE TABLE import_change (
    id          bigserial     PRIMARY KEY,
    record_id   bigint        NOT NULL REFERENCES import_record (id),
    pass        integer       NOT NULL,
    sheet       varchar(100)  NOT NULL,
    row_number  integer       NOT NULL,
    kind        varchar(32)   NOT NULL,
    updated     boolean       NOT NULL,
    label       varchar(300)  NOT NULL
);
CREATE INDEX import_change_record_idx ON import_change (record_id, pass, id);

CREATE TABLE import_problem (
    id           bigserial     PRIMARY KEY,
    record_id    bigint        NOT NULL REFERENCES import_record (id),
    pass         integer       NOT NULL,
    sheet        varchar(100)  NOT NULL,
    row_number   integer       NOT NULL,
    column_key   varchar(64),
    column_index integer       NOT NULL,
    message_key  varchar(100)  NOT NULL,
    argument     varchar(500)
);
CREATE INDEX import_problem_record_idx ON import_problem (record_id, pass, id);
