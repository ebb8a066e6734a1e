-- Things that happen on their day (issue 17).
--
-- scheduled_tasks is db-scheduler's own table (its PostgreSQL schema for 16.x): one row per recurring job and per
-- one-time job waiting to run. Instances sharing the database claim a due row with an optimistic update of its
-- version, so a daily job runs on one instance only, and a job missed while every instance was down runs when the
-- first one starts.
CREATE TABLE scheduled_tasks (
    task_name            text                     NOT NULL,
    task_instance        text                     NOT NULL,
    task_data            bytea,
    execution_time       timestamp with time zone NOT NULL,
    picked               boolean                  NOT NULL,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   NOT NULL,
    priority             smallint,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);

-- One run of a job (the org admin's list of runs): which job, for which day, started by the schedule or by a
-- person, when it started and finished, how many records it changed, and its outcome.
CREATE TABLE job_run (
    id           bigserial    PRIMARY KEY,
    job          varchar(60)  NOT NULL,
    day          date         NOT NULL,
    started_by   varchar(64)  NOT NULL,
    instance     varchar(120) NOT NULL,
    started_at   timestamptz  NOT NULL,
    finished_at  timestamptz,
    outcome      varchar(16)  NOT NULL,
    changed      int          NOT NULL DEFAULT 0,
    summary      varchar(500),
    error        varchar(2000)
);
CREATE INDEX job_run_started_idx ON job_run (started_at DESC, id DESC);
CREATE INDEX job_run_job_day_idx ON job_run (job, day);

-- An evaluation round closes at its deadline: the scheduler computes its figures once more and notes when.
ALTER TABLE evaluation_round ADD COLUMN closed_at timestamptz;

-- What the system tells a person (站内消息): a message key and its arguments, rendered in the reader's language,
-- the page it concerns, when it was made and when it was read. Kept: never deleted.
CREATE TABLE message (
    id          bigserial     PRIMARY KEY,
    account_id  bigint        NOT NULL REFERENCES account (id),
    kind        varchar(60)   NOT NULL,
    args        text[]        NOT NULL DEFAULT '{}',
    link        varchar(300),
    created_at  timestamptz   NOT NULL,
    read_at     timestamptz
);
CREATE INDEX message_account_idx ON message (account_id, created_at DESC, id DESC);
CREATE INDEX message_unread_idx ON message (account_id) WHERE read_at IS NULL;
