-- Cross-town service teams (跨镇服务队, issue 23): a team by specialty that is not a node of the unit tree. It belongs
-- to a unit (the county's team, whose readers read it), has a leader (a stationed first secretary) and a deputy (a
-- member from the department in charge), members drawn from anywhere in the tree (who keep their home groups), a
-- year, the towns it serves (regions of level TOWN) and a budget ledger: the year's allocation and the spending
-- entries. Nothing is deleted: a member or a town leaves with removed = true, a spending entry is cancelled with a
-- reason. Money numeric(18,2).
CREATE TABLE cross_team (
    id          bigserial     PRIMARY KEY,
    unit_id     bigint        NOT NULL REFERENCES unit (id),
    name        varchar(100)  NOT NULL,
    field       varchar(32)   NOT NULL,
    year        integer       NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    leader_id   bigint        NOT NULL REFERENCES member (id),
    deputy_id   bigint        REFERENCES member (id),
    allocation  numeric(18,2) NOT NULL CHECK (allocation >= 0),
    days_min    integer       NOT NULL DEFAULT 3 CHECK (days_min BETWEEN 0 AND 31),
    days_max    integer       NOT NULL DEFAULT 5 CHECK (days_max BETWEEN days_min AND 31),
    archived    boolean       NOT NULL DEFAULT false,
    version     bigint        NOT NULL DEFAULT 0,
    created_at  timestamptz   NOT NULL,
    created_by  varchar(64),
    updated_at  timestamptz,
    updated_by  varchar(64)
);
CREATE INDEX cross_team_unit_idx ON cross_team (unit_id, year, id);
CREATE INDEX cross_team_leader_idx ON cross_team (leader_id);
CREATE INDEX cross_team_deputy_idx ON cross_team (deputy_id);
CREATE UNIQUE INDEX cross_team_name_uq ON cross_team (unit_id, year, name) WHERE NOT archived;
ALTER SEQUENCE cross_team_id_seq INCREMENT BY 50;

CREATE TABLE cross_team_member (
    id          bigserial     PRIMARY KEY,
    team_id     bigint        NOT NULL REFERENCES cross_team (id),
    member_id   bigint        NOT NULL REFERENCES member (id),
    removed     boolean       NOT NULL DEFAULT false,
    version     bigint        NOT NULL DEFAULT 0,
    created_at  timestamptz   NOT NULL,
    created_by  varchar(64),
    updated_at  timestamptz,
    updated_by  varchar(64)
);
CREATE UNIQUE INDEX cross_team_member_uq ON cross_team_member (team_id, member_id) WHERE NOT removed;
CREATE INDEX cross_team_member_member_idx ON cross_team_member (member_id, team_id) WHERE NOT removed;
ALTER SEQUENCE cross_team_member_id_seq INCREMENT BY 50;

CREATE TABLE cross_team_town (
    id          bigserial     PRIMARY KEY,
    team_id     bigint        NOT NULL REFERENCES cross_team (id),
    region_id   bigint        NOT NULL REFERENCES region (id),
    removed     boolean       NOT NULL DEFAULT false,
    version     bigint        NOT NULL DEFAULT 0,
    created_at  timestamptz   NOT NULL,
    created_by  varchar(64),
    updated_at  timestamptz,
    updated_by  varchar(64)
);
CREATE UNIQUE INDEX cross_team_town_uq ON cross_team_town (team_id, region_id) WHERE NOT removed;
CREATE INDEX cross_team_town_region_idx ON cross_team_town (region_id);
ALTER SEQUENCE cross_team_town_id_seq INCREMENT BY 50;

-- A spending entry: its day, purpose and amount (> 0, to the fen), what it paid for (an activity or a project), an
-- attachment (the invoice: its bytes in the row, read and written apart from the entity), and — when it took the
-- balance below zero — the org admin's recorded override. A cancelled entry keeps its row and no longer counts.
CREATE TABLE cross_team_spending (
    id                bigserial     PRIMARY KEY,
    team_id           bigint        NOT NULL REFERENCES cross_team (id),
    spent_on          date          NOT NULL,
    purpose           varchar(200)  NOT NULL,
    amount            numeric(18,2) NOT NULL CHECK (amount > 0),
    activity_id       bigint        REFERENCES activity (id),
    project_id        bigint        REFERENCES project (id),
    attachment_name   varchar(200),
    attachment_type   varchar(100),
    attachment        bytea,
    override_by       varchar(64),
    override_reason   varchar(500),
    cancelled         boolean       NOT NULL DEFAULT false,
    cancelled_reason  varchar(500),
    version           bigint        NOT NULL DEFAULT 0,
    created_at        timestamptz   NOT NULL,
    created_by        varchar(64),
    updated_at        timestamptz,
    updated_by        varchar(64),
    CHECK (override_by IS NULL OR override_reason IS NOT NULL)
);
CREATE INDEX cross_team_spending_team_idx ON cross_team_spending (team_id, spent_on, id);
CREATE INDEX cross_team_spending_activity_idx ON cross_team_spending (activity_id);
CREATE INDEX cross_team_spending_project_idx ON cross_team_spending (project_id);
ALTER SEQUENCE cross_team_spending_id_seq INCREMENT BY 50;
