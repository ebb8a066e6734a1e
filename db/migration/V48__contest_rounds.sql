-- Observation contests (擂台比武): a round of a level (TOWN: a sub-team organises, village by village; COUNTY: the
-- team organises, town by town), a year and quarter, one or two themes, the scoring criteria with their weights, the
-- stops in visiting order (a village or a town, with the day), the presenters of each stop, the judges (accounts),
-- and each judge's sheet per stop (a score per criterion and a comment). Publishing writes contest_result, the
-- ranking's snapshot: triggers refuse any change to it, and any score or sheet written while the round is published.
CREATE TABLE contest_round (
    id              bigserial    PRIMARY KEY,
    level           varchar(8)   NOT NULL CHECK (level IN ('TOWN', 'COUNTY')),
    year            integer      NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    quarter         integer      NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    unit_id         bigint       NOT NULL REFERENCES unit (id),
    title           varchar(200) NOT NULL,
    theme           varchar(100) NOT NULL,
    second_theme    varchar(100),
    scale_max       integer      NOT NULL CHECK (scale_max BETWEEN 1 AND 100),
    organiser       varchar(64)  NOT NULL,
    status          varchar(16)  NOT NULL CHECK (status IN ('OPEN', 'PUBLISHED')),
    published_at    timestamptz,
    published_by    varchar(64),
    version         bigint       NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL,
    created_by      varchar(64),
    updated_at      timestamptz,
    updated_by      varchar(64)
);
CREATE INDEX contest_round_unit_idx ON contest_round (unit_id);
CREATE INDEX contest_round_period_idx ON contest_round (year DESC, quarter DESC, id DESC);
ALTER SEQUENCE contest_round_id_seq INCREMENT BY 50;

-- deduction: the criterion's weighted score is taken off (存在问题)
CREATE TABLE contest_criterion (
    id          bigserial     PRIMARY KEY,
    round_id    bigint        NOT NULL REFERENCES contest_round (id),
    position    integer       NOT NULL,
    name        varchar(50)   NOT NULL,
    weight      numeric(6,2)  NOT NULL CHECK (weight > 0),
    deduction   boolean       NOT NULL DEFAULT false,
    removed     boolean       NOT NULL DEFAULT false,
    version     bigint        NOT NULL DEFAULT 0,
    created_at  timestamptz   NOT NULL,
    created_by  varchar(64),
    updated_at  timestamptz,
    updated_by  varchar(64)
);
CREATE INDEX contest_criterion_round_idx ON contest_criterion (round_id, position);
ALTER SEQUENCE contest_criterion_id_seq INCREMENT BY 50;

-- a stop is a village (assisted object) or a town (region)
CREATE TABLE contest_stop (
    id                 bigserial     PRIMARY KEY,
    round_id           bigint        NOT NULL REFERENCES contest_round (id),
    position           integer       NOT NULL,
    object_id          bigint        REFERENCES assisted_object (id),
    region_id          bigint        REFERENCES region (id),
    visit_on           date          NOT NULL,
    organiser_comment  varchar(2000),
    version            bigint        NOT NULL DEFAULT 0,
    created_at         timestamptz   NOT NULL,
    created_by         varchar(64),
    updated_at         timestamptz,
    updated_by         varchar(64),
    CHECK ((object_id IS NULL) <> (region_id IS NULL))
);
CREATE INDEX contest_stop_round_idx ON contest_stop (round_id, position);
CREATE INDEX contest_stop_object_idx ON contest_stop (object_id);
CREATE INDEX contest_stop_region_idx ON contest_stop (region_id);
ALTER SEQUENCE contest_stop_id_seq INCREMENT BY 50;

-- a presenter: a member of the roster (found by mobile) or a plain name
CREATE TABLE contest_presenter (
    id          bigserial    PRIMARY KEY,
    stop_id     bigint       NOT NULL REFERENCES contest_stop (id),
    member_id   bigint       REFERENCES member (id),
    name        varchar(100) NOT NULL,
    post        varchar(100),
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(64),
    updated_at  timestamptz,
    updated_by  varchar(64)
);
CREATE INDEX contest_presenter_stop_idx ON contest_presenter (stop_id);
CREATE INDEX contest_presenter_member_idx ON contest_presenter (member_id);
ALTER SEQUENCE contest_presenter_id_seq INCREMENT BY 50;

CREATE TABLE contest_judge (
    id          bigserial    PRIMARY KEY,
    round_id    bigint       NOT NULL REFERENCES contest_round (id),
    account_id  bigint       NOT NULL REFERENCES account (id),
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(64),
    updated_at  timestamptz,
    updated_by  varchar(64),
    UNIQUE (round_id, account_id)
);
CREATE INDEX contest_judge_account_idx ON contest_judge (account_id);
ALTER SEQUENCE contest_judge_id_seq INCREMENT BY 50;

-- a judge's sheet for a stop: the comment; the scores per criterion in contest_score
CREATE TABLE contest_sheet (
    id          bigserial     PRIMARY KEY,
    stop_id     bigint        NOT NULL REFERENCES contest_stop (id),
    judge_id    bigint        NOT NULL REFERENCES contest_judge (id),
    comment     varchar(2000),
    version     bigint        NOT NULL DEFAULT 0,
    created_at  timestamptz   NOT NULL,
    created_by  varchar(64),
    updated_at  timestamptz,
    updated_by  varchar(64),
    UNIQUE (stop_id, judge_id)
);
CREATE INDEX contest_sheet_judge_idx ON contest_sheet (judge_id);
ALTER SEQUENCE contest_sheet_id_seq INCREMENT BY 50;

CREATE TABLE contest_score (
    id            bigserial     PRIMARY KEY,
    sheet_id      bigint        NOT NULL REFERENCES contest_sheet (id),
    criterion_id  bigint        NOT NULL REFERENCES contest_criterion (id),
    score         numeric(6,2)  NOT NULL CHECK (score >= 0),
    version       bigint        NOT NULL DEFAULT 0,
    created_at    timestamptz   NOT NULL,
    created_by    varchar(64),
    updated_at    timestamptz,
    updated_by    varchar(64),
    UNIQUE (sheet_id, criterion_id)
);
CREATE INDEX contest_score_criterion_idx ON contest_score (criterion_id);
ALTER SEQUENCE contest_score_id_seq INCREMENT BY 50;

-- the published ranking: a row per stop as it stood when published (names, presenters, total, rank)
CREATE TABLE contest_result (
    id           bigserial     PRIMARY KEY,
    round_id     bigint        NOT NULL REFERENCES contest_round (id),
    stop_id      bigint        NOT NULL REFERENCES contest_stop (id),
    position     integer       NOT NULL,
    rank         integer,
    total        numeric(8,2),
    judges       integer       NOT NULL,
    trimmed      boolean       NOT NULL,
    stop_name    varchar(200)  NOT NULL,
    presenters   varchar(500),
    visit_on     date          NOT NULL,
    UNIQUE (round_id, stop_id)
);
CREATE INDEX contest_result_stop_idx ON contest_result (stop_id);

CREATE FUNCTION contest_result_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a published contest ranking is a snapshot and does not change';
END $$;
CREATE TRIGGER contest_result_frozen BEFORE UPDATE OR DELETE ON contest_result
    FOR EACH ROW EXECUTE FUNCTION contest_result_immutable();
CREATE TRIGGER contest_result_no_truncate BEFORE TRUNCATE ON contest_result
    FOR EACH STATEMENT EXECUTE FUNCTION contest_result_immutable();

-- no score or sheet is written, changed or removed once its round is published
CREATE FUNCTION contest_scores_locked() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    sheet bigint;
    state varchar(16);
BEGIN
    IF TG_TABLE_NAME = 'contest_score' THEN
        sheet := CASE WHEN TG_OP = 'DELETE' THEN OLD.sheet_id ELSE NEW.sheet_id END;
        SELECT r.status INTO state FROM contest_sheet s JOIN contest_stop p ON p.id = s.stop_id
            JOIN contest_round r ON r.id = p.round_id WHERE s.id = sheet;
    ELSE
        SELECT r.status INTO state FROM contest_stop p JOIN contest_round r ON r.id = p.round_id
            WHERE p.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.stop_id ELSE NEW.stop_id END;
    END IF;
    IF TG_OP = 'DELETE' OR state = 'PUBLISHED' THEN
        RAISE EXCEPTION 'the round is published: its scores do not change (%)', TG_TABLE_NAME;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER contest_score_locked BEFORE INSERT OR UPDATE OR DELETE ON contest_score
    FOR EACH ROW EXECUTE FUNCTION contest_scores_locked();
CREATE TRIGGER contest_sheet_locked BEFORE INSERT OR UPDATE OR DELETE ON contest_sheet
    FOR EACH ROW EXECUTE FUNCTION contest_scores_locked();

-- Photos of a stop (the organiser's evidence of the visit), kept as a demand's are: the image, a JPEG thumbnail, what
-- the file says of itself; removed by marking, never deleted.
CREATE TABLE contest_stop_photo (
    id            bigserial    PRIMARY KEY,
    stop_id       bigint       NOT NULL REFERENCES contest_stop (id),
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
CREATE INDEX contest_stop_photo_stop_idx ON contest_stop_photo (stop_id, id);
ALTER SEQUENCE contest_stop_photo_id_seq INCREMENT BY 50;
