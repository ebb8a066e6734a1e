-- The annual evaluation (年度考核). An org admin opens a round for a year and a scope (a team, a sub-team, or the whole
-- deployment when scope_unit_id is null): the groups of the scope become its entries, their members the evaluated
-- members; the round names its reviewers, its deadline (self-assessments, ratings and reviewers' scores until then),
-- the indicators' weights, the grades in use and the top grade's quota. The indicators are computed from the record
-- into evaluation_indicator (a snapshot, recomputed on demand while the round is open). Publishing locks the round:
-- triggers refuse any change to its entries, members, scores, ratings and indicators until it is reopened with a
-- reason. Nothing here is deleted.
CREATE TABLE evaluation_round (
    id               bigserial    PRIMARY KEY,
    year             integer      NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    scope_unit_id    bigint       REFERENCES unit (id),
    name             varchar(100) NOT NULL,
    deadline         date         NOT NULL,
    grades           varchar(100) NOT NULL,
    top_quota        integer      NOT NULL CHECK (top_quota BETWEEN 0 AND 100),
    weights          varchar(500) NOT NULL,
    status           varchar(16)  NOT NULL CHECK (status IN ('OPEN', 'PUBLISHED')),
    computed_at      timestamptz,
    published_at     timestamptz,
    published_by     varchar(64),
    reopen_reason    varchar(500),
    version          bigint       NOT NULL DEFAULT 0,
    created_at       timestamptz  NOT NULL,
    created_by       varchar(64),
    updated_at       timestamptz,
    updated_by       varchar(64)
);
CREATE INDEX evaluation_round_year_idx ON evaluation_round (year DESC, id DESC);

-- A reviewer of the round (an account with the REVIEWER role); removed keeps the record of one taken off.
CREATE TABLE evaluation_reviewer (
    id          bigserial    PRIMARY KEY,
    round_id    bigint       NOT NULL REFERENCES evaluation_round (id),
    account_id  bigint       NOT NULL REFERENCES account (id),
    removed     boolean      NOT NULL DEFAULT false,
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(64),
    updated_at  timestamptz,
    updated_by  varchar(64)
);
CREATE UNIQUE INDEX evaluation_reviewer_uq ON evaluation_reviewer (round_id, account_id);
CREATE INDEX evaluation_reviewer_account_idx ON evaluation_reviewer (account_id);

-- A group evaluated in the round: its leader's self-assessment, the grade proposed from the scores and the grade
-- given (with the reason when it differs from the proposal).
CREATE TABLE evaluation_entry (
    id                bigserial    PRIMARY KEY,
    round_id          bigint       NOT NULL REFERENCES evaluation_round (id),
    group_id          bigint       NOT NULL REFERENCES unit (id),
    achievements      text,
    problems          text,
    next_year         text,
    self_assessed_at  timestamptz,
    self_assessed_by  varchar(64),
    proposed_grade    varchar(16),
    grade             varchar(16),
    grade_reason      varchar(500),
    version           bigint       NOT NULL DEFAULT 0,
    created_at        timestamptz  NOT NULL,
    created_by        varchar(64),
    updated_at        timestamptz,
    updated_by        varchar(64)
);
CREATE UNIQUE INDEX evaluation_entry_uq ON evaluation_entry (round_id, group_id);
-- the rows below name their entry and its round: (entry_id, round_id) must be an entry of that round
CREATE UNIQUE INDEX evaluation_entry_round_uq ON evaluation_entry (id, round_id);
CREATE INDEX evaluation_entry_group_idx ON evaluation_entry (group_id);

-- A member evaluated with the group: grade null means the group's grade; another grade needs a reason.
CREATE TABLE evaluation_member (
    id            bigserial    PRIMARY KEY,
    round_id      bigint       NOT NULL REFERENCES evaluation_round (id),
    entry_id      bigint       NOT NULL REFERENCES evaluation_entry (id),
    member_id     bigint       NOT NULL REFERENCES member (id),
    grade         varchar(16),
    grade_reason  varchar(500),
    version       bigint       NOT NULL DEFAULT 0,
    created_at    timestamptz  NOT NULL,
    created_by    varchar(64),
    updated_at    timestamptz,
    updated_by    varchar(64),
    FOREIGN KEY (entry_id, round_id) REFERENCES evaluation_entry (id, round_id)
);
CREATE UNIQUE INDEX evaluation_member_uq ON evaluation_member (entry_id, member_id);
CREATE INDEX evaluation_member_member_idx ON evaluation_member (member_id);
CREATE INDEX evaluation_member_round_idx ON evaluation_member (round_id, entry_id);

-- A reviewer's score of a group (0–100) with a comment: one per reviewer and group.
CREATE TABLE evaluation_score (
    id           bigserial     PRIMARY KEY,
    round_id     bigint        NOT NULL REFERENCES evaluation_round (id),
    entry_id     bigint        NOT NULL REFERENCES evaluation_entry (id),
    reviewer_id  bigint        NOT NULL REFERENCES account (id),
    score        numeric(5,2)  NOT NULL CHECK (score BETWEEN 0 AND 100),
    comment      varchar(1000),
    version      bigint        NOT NULL DEFAULT 0,
    created_at   timestamptz   NOT NULL,
    created_by   varchar(64),
    updated_at   timestamptz,
    updated_by   varchar(64),
    FOREIGN KEY (entry_id, round_id) REFERENCES evaluation_entry (id, round_id)
);
CREATE UNIQUE INDEX evaluation_score_uq ON evaluation_score (entry_id, reviewer_id);
CREATE INDEX evaluation_score_round_idx ON evaluation_score (round_id, entry_id);

-- A paired object's rating of the group's help (1–5) with a comment, by the object's account: one per object.
CREATE TABLE evaluation_rating (
    id          bigserial     PRIMARY KEY,
    round_id    bigint        NOT NULL REFERENCES evaluation_round (id),
    entry_id    bigint        NOT NULL REFERENCES evaluation_entry (id),
    object_id   bigint        NOT NULL REFERENCES assisted_object (id),
    rating      integer       NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment     varchar(1000),
    version     bigint        NOT NULL DEFAULT 0,
    created_at  timestamptz   NOT NULL,
    created_by  varchar(64),
    updated_at  timestamptz,
    updated_by  varchar(64),
    FOREIGN KEY (entry_id, round_id) REFERENCES evaluation_entry (id, round_id)
);
CREATE UNIQUE INDEX evaluation_rating_uq ON evaluation_rating (entry_id, object_id);
CREATE INDEX evaluation_rating_round_idx ON evaluation_rating (round_id, entry_id);

-- The indicators of a group for the round's year, as computed from the record (docs/evaluation.md), with the
-- indicator score of the round's weights. A snapshot: computing again overwrites the round's rows while it is open.
CREATE TABLE evaluation_indicator (
    round_id              bigint        NOT NULL REFERENCES evaluation_round (id),
    group_id              bigint        NOT NULL REFERENCES unit (id),
    tasks_planned         integer       NOT NULL,
    tasks_done            integer       NOT NULL,
    key_tasks_planned     integer       NOT NULL,
    key_tasks_done        integer       NOT NULL,
    activities_reported   integer       NOT NULL,
    activities_confirmed  integer       NOT NULL,
    activities_disputed   integer       NOT NULL,
    funds_secured         numeric(20,2) NOT NULL,
    projects_introduced   numeric(20,2) NOT NULL,
    trainings_held        numeric(20,2) NOT NULL,
    people_trained        numeric(20,2) NOT NULL,
    beneficiaries         numeric(20,2) NOT NULL,
    people_employed       numeric(20,2) NOT NULL,
    demands_received      integer       NOT NULL,
    demands_resolved      integer       NOT NULL,
    overdue               integer       NOT NULL,
    score                 numeric(6,2)  NOT NULL,
    PRIMARY KEY (round_id, group_id)
);

CREATE FUNCTION evaluation_locked() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    round bigint;
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'evaluation records are not deleted (%)', TG_TABLE_NAME;
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.round_id IS DISTINCT FROM OLD.round_id THEN
        RAISE EXCEPTION 'an evaluation record stays in its round (%)', TG_TABLE_NAME;
    END IF;
    round := NEW.round_id;
    -- FOR SHARE: a write waits for a publishing in progress (which locks the round first) and then sees it
    IF (SELECT status FROM evaluation_round WHERE id = round FOR SHARE) = 'PUBLISHED' THEN
        RAISE EXCEPTION 'the evaluation round % is published: its results do not change (%)', round, TG_TABLE_NAME;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER evaluation_entry_locked BEFORE INSERT OR UPDATE OR DELETE ON evaluation_entry
    FOR EACH ROW EXECUTE FUNCTION evaluation_locked();
CREATE TRIGGER evaluation_member_locked BEFORE INSERT OR UPDATE OR DELETE ON evaluation_member
    FOR EACH ROW EXECUTE FUNCTION evaluation_locked();
CREATE TRIGGER evaluation_score_locked BEFORE INSERT OR UPDATE OR DELETE ON evaluation_score
    FOR EACH ROW EXECUTE FUNCTION evaluation_locked();
CREATE TRIGGER evaluation_rating_locked BEFORE INSERT OR UPDATE OR DELETE ON evaluation_rating
    FOR EACH ROW EXECUTE FUNCTION evaluation_locked();
CREATE TRIGGER evaluation_reviewer_locked BEFORE INSERT OR UPDATE OR DELETE ON evaluation_reviewer
    FOR EACH ROW EXECUTE FUNCTION evaluation_locked();
CREATE TRIGGER evaluation_indicator_locked BEFORE INSERT OR UPDATE OR DELETE ON evaluation_indicator
    FOR EACH ROW EXECUTE FUNCTION evaluation_locked();

-- A published round changes only by being reopened (status back to OPEN with a reason); it is never deleted.
CREATE FUNCTION evaluation_round_locked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'evaluation rounds are not deleted';
    END IF;
    IF OLD.status = 'PUBLISHED' AND (NEW.status <> 'OPEN' OR NEW.reopen_reason IS NULL
            OR (NEW.year, NEW.scope_unit_id, NEW.name, NEW.deadline, NEW.grades, NEW.top_quota, NEW.weights)
               IS DISTINCT FROM (OLD.year, OLD.scope_unit_id, OLD.name, OLD.deadline, OLD.grades, OLD.top_quota,
                                 OLD.weights)) THEN
        RAISE EXCEPTION 'the evaluation round % is published: reopen it with a reason to change it', OLD.id;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER evaluation_round_locked BEFORE UPDATE OR DELETE ON evaluation_round
    FOR EACH ROW EXECUTE FUNCTION evaluation_round_locked();
CREATE FUNCTION evaluation_not_emptied() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'evaluation records are not deleted (%)', TG_TABLE_NAME;
END $$;
CREATE TRIGGER evaluation_round_not_emptied BEFORE TRUNCATE ON evaluation_round
    FOR EACH STATEMENT EXECUTE FUNCTION evaluation_not_emptied();
CREATE TRIGGER evaluation_entry_not_emptied BEFORE TRUNCATE ON evaluation_entry
    FOR EACH STATEMENT EXECUTE FUNCTION evaluation_not_emptied();
CREATE TRIGGER evaluation_score_not_emptied BEFORE TRUNCATE ON evaluation_score
    FOR EACH STATEMENT EXECUTE FUNCTION evaluation_not_emptied();
CREATE TRIGGER evaluation_rating_not_emptied BEFORE TRUNCATE ON evaluation_rating
    FOR EACH STATEMENT EXECUTE FUNCTION evaluation_not_emptied();
CREATE TRIGGER evaluation_member_not_emptied BEFORE TRUNCATE ON evaluation_member
    FOR EACH STATEMENT EXECUTE FUNCTION evaluation_not_emptied();
CREATE TRIGGER evaluation_reviewer_not_emptied BEFORE TRUNCATE ON evaluation_reviewer
    FOR EACH STATEMENT EXECUTE FUNCTION evaluation_not_emptied();
CREATE TRIGGER evaluation_indicator_not_emptied BEFORE TRUNCATE ON evaluation_indicator
    FOR EACH STATEMENT EXECUTE FUNCTION evaluation_not_emptied();
