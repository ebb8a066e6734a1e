-- The annual assistance plan (年度帮扶计划): each group writes one a year — the problems its research visits found,
-- each for an assisted object, and its tasks in two lists (常态化工作任务 routine, 年度重点任务 key), each with the objects
-- it serves, a measurable target where one fits, an owner and a due date. draft → submitted → approved, or returned
-- with a reason → submitted again; an approved plan changes only through a recorded amendment. Nothing is deleted:
-- a problem or task is removed with its record kept.

-- The deadline of a year's plans (31 March unless the organization department sets another).
CREATE TABLE plan_year (
    id          bigserial    PRIMARY KEY,
    year        integer      NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    due_on      date         NOT NULL,
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(64),
    updated_at  timestamptz,
    updated_by  varchar(64)
);
CREATE UNIQUE INDEX plan_year_uq ON plan_year (year);

CREATE TABLE annual_plan (
    id               bigserial     PRIMARY KEY,
    group_id         bigint        NOT NULL REFERENCES unit (id),
    year             integer       NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    status           varchar(16)   NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    summary          text,
    returned_reason  varchar(500),
    submitted_at     timestamptz,
    approved_at      timestamptz,
    approved_by      varchar(64),
    version          bigint        NOT NULL DEFAULT 0,
    created_at       timestamptz   NOT NULL,
    created_by       varchar(64),
    updated_at       timestamptz,
    updated_by       varchar(64)
);
CREATE UNIQUE INDEX annual_plan_group_year_uq ON annual_plan (group_id, year);
CREATE INDEX annual_plan_year_status_idx ON annual_plan (year, status);

-- A problem a research visit found (调研发现的问题), for one of the group's objects.
CREATE TABLE plan_problem (
    id           bigserial     PRIMARY KEY,
    plan_id      bigint        NOT NULL REFERENCES annual_plan (id),
    object_id    bigint        NOT NULL REFERENCES assisted_object (id),
    description  varchar(1000) NOT NULL,
    removed      boolean       NOT NULL DEFAULT false,
    version      bigint        NOT NULL DEFAULT 0,
    created_at   timestamptz   NOT NULL,
    created_by   varchar(64),
    updated_at   timestamptz,
    updated_by   varchar(64)
);
CREATE INDEX plan_problem_plan_idx ON plan_problem (plan_id);

-- A task. target_figure: the activity figure its progress is summed from (FUNDS_SECURED, TRAININGS_HELD, …), with
-- target_value the planned amount; none for a task without a measurable target (done is then its owner's word).
CREATE TABLE plan_task (
    id             bigserial     PRIMARY KEY,
    plan_id        bigint        NOT NULL REFERENCES annual_plan (id),
    kind           varchar(16)   NOT NULL CHECK (kind IN ('ROUTINE', 'KEY')),
    title          varchar(200)  NOT NULL,
    target_figure  varchar(32),
    target_value   numeric(18,2) CHECK (target_value > 0),
    owner_id       bigint        REFERENCES member (id),
    due_on         date          NOT NULL,
    done_on        date,
    removed        boolean       NOT NULL DEFAULT false,
    version        bigint        NOT NULL DEFAULT 0,
    created_at     timestamptz   NOT NULL,
    created_by     varchar(64),
    updated_at     timestamptz,
    updated_by     varchar(64),
    CHECK ((target_figure IS NULL) = (target_value IS NULL))
);
CREATE INDEX plan_task_plan_idx ON plan_task (plan_id, kind, due_on, id);

CREATE TABLE plan_task_object (
    task_id    bigint  NOT NULL REFERENCES plan_task (id),
    object_id  bigint  NOT NULL REFERENCES assisted_object (id),
    PRIMARY KEY (task_id, object_id)
);

-- A change to an approved plan: why, and what it changed (the fields' history says how).
CREATE TABLE plan_amendment (
    id          bigserial     PRIMARY KEY,
    plan_id     bigint        NOT NULL REFERENCES annual_plan (id),
    reason      varchar(500)  NOT NULL,
    change      varchar(500)  NOT NULL,
    version     bigint        NOT NULL DEFAULT 0,
    created_at  timestamptz   NOT NULL,
    created_by  varchar(64),
    updated_at  timestamptz,
    updated_by  varchar(64)
);
CREATE INDEX plan_amendment_plan_idx ON plan_amendment (plan_id, created_at);

-- An activity may be logged against one of its group's tasks: the task's actual value is summed from them.
ALTER TABLE activity ADD COLUMN task_id bigint REFERENCES plan_task (id);
CREATE INDEX activity_task_idx ON activity (task_id) WHERE task_id IS NOT NULL;
