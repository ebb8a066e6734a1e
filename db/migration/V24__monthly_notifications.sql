-- The monthly notification (每月通报) of a scope (a team, a sub-team, or the whole deployment when scope_unit_id is
-- null): generated for a month from the record as a draft, reviewed, then published. Its content is a snapshot in
-- notification_line (a row per sub-team, per group with its score and rank, per highlight, per group without
-- activity), written once when generated: later edits to activities change nothing in it. Generating again replaces a
-- draft (the old one is kept, SUPERSEDED); a published notification is final, and triggers refuse to change it or
-- its lines.
CREATE TABLE monthly_notification (
    id                bigserial    PRIMARY KEY,
    scope_unit_id     bigint       REFERENCES unit (id),
    month             date         NOT NULL CHECK (extract(day FROM month) = 1),
    status            varchar(16)  NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'SUPERSEDED')),
    weights           varchar(500) NOT NULL,
    reported          integer      NOT NULL,
    confirmed         integer      NOT NULL,
    group_count       integer      NOT NULL,
    silent_count      integer      NOT NULL,
    demands_overdue   integer      NOT NULL,
    projects_overdue  integer      NOT NULL,
    plans_missing     integer      NOT NULL,
    published_at      timestamptz,
    published_by      varchar(64),
    version           bigint       NOT NULL DEFAULT 0,
    created_at        timestamptz  NOT NULL,
    created_by        varchar(64),
    updated_at        timestamptz,
    updated_by        varchar(64)
);
-- one draft and one published notification per scope and month at most
CREATE UNIQUE INDEX monthly_notification_live_uq ON monthly_notification (coalesce(scope_unit_id, 0), month, status)
    WHERE status IN ('DRAFT', 'PUBLISHED');
CREATE INDEX monthly_notification_month_idx ON monthly_notification (month DESC, id DESC);

-- kind: SUB_TEAM and GROUP rows carry the month's activities (reported / confirmed) and confirmed figures; a GROUP's
-- score and rank follow the weights; HIGHLIGHT rows name the month's largest result of a figure (the activity, its
-- group, the value); SILENT rows the groups without an activity in the month.
CREATE TABLE notification_line (
    id                      bigserial     PRIMARY KEY,
    notification_id         bigint        NOT NULL REFERENCES monthly_notification (id),
    kind                    varchar(16)   NOT NULL CHECK (kind IN ('SUB_TEAM', 'GROUP', 'HIGHLIGHT', 'SILENT')),
    position                integer       NOT NULL,
    unit_id                 bigint        REFERENCES unit (id),
    name                    varchar(200)  NOT NULL,
    parent_name             varchar(200),
    reported                integer       NOT NULL DEFAULT 0,
    confirmed               integer       NOT NULL DEFAULT 0,
    funds_secured           numeric(20,2) NOT NULL DEFAULT 0,
    projects_introduced     numeric(20,2) NOT NULL DEFAULT 0,
    technologies_promoted   numeric(20,2) NOT NULL DEFAULT 0,
    people_trained          numeric(20,2) NOT NULL DEFAULT 0,
    beneficiaries           numeric(20,2) NOT NULL DEFAULT 0,
    people_employed         numeric(20,2) NOT NULL DEFAULT 0,
    produce_sold            numeric(20,2) NOT NULL DEFAULT 0,
    score                   numeric(6,2),
    rank                    integer,
    activity_id             bigint        REFERENCES activity (id),
    figure                  varchar(32),
    value                   numeric(20,2),
    occurred_on             date
);
CREATE INDEX notification_line_idx ON notification_line (notification_id, kind, position);

CREATE FUNCTION notification_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a notification''s content is a snapshot and does not change (%)', TG_TABLE_NAME;
END $$;
CREATE TRIGGER notification_line_frozen BEFORE UPDATE OR DELETE ON notification_line
    FOR EACH ROW EXECUTE FUNCTION notification_immutable();
CREATE TRIGGER monthly_notification_published_frozen BEFORE UPDATE OR DELETE ON monthly_notification
    FOR EACH ROW WHEN (OLD.status = 'PUBLISHED') EXECUTE FUNCTION notification_immutable();

-- The ranking's weights, the deployment's (org admins of the whole deployment change them, with history): a group's
-- score is 100 × Σ weight × (its confirmed figure ÷ the month's largest) ÷ Σ weight (docs/notification.md).
CREATE TABLE ranking_weight (
    id          bigserial    PRIMARY KEY,
    factor      varchar(32)  NOT NULL UNIQUE,
    weight      integer      NOT NULL CHECK (weight BETWEEN 0 AND 100),
    sort_order  integer      NOT NULL,
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(64),
    updated_at  timestamptz,
    updated_by  varchar(64)
);
INSERT INTO ranking_weight (factor, weight, sort_order, created_at, created_by) VALUES
    ('ACTIVITIES', 30, 10, now(), 'system'),
    ('FUNDS_SECURED', 15, 20, now(), 'system'),
    ('PROJECTS_INTRODUCED', 10, 30, now(), 'system'),
    ('TECHNOLOGIES_PROMOTED', 10, 40, now(), 'system'),
    ('PEOPLE_TRAINED', 10, 50, now(), 'system'),
    ('BENEFICIARIES', 10, 60, now(), 'system'),
    ('PEOPLE_EMPLOYED', 10, 70, now(), 'system'),
    ('PRODUCE_SOLD', 5, 80, now(), 'system');
