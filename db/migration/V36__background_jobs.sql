-- Jobs in the background, with progress (issue 20): an import's check and confirmation, a large export.
--
-- One row per job, written by the system: what it is (kind, the record it works on), who started it and the scope
-- it belongs to, where it stands and how far it got (rows done of the estimated total, written on the job's own
-- connection while its work runs in one long transaction), the message key of its outcome, and for an export the
-- file it made (kept here so that any instance can hand it out). db-scheduler's scheduled_tasks (V33) holds the
-- execution that runs it: one task 'background-job' with the job's id as the instance.
CREATE TABLE background_job (
    id            bigserial     PRIMARY KEY,
    kind          varchar(40)   NOT NULL,
    subject       bigint,
    -- set while the job waits or runs on a record (import:42): at most one such job per record (index below)
    subject_key   varchar(80),
    started_by    varchar(64)   NOT NULL,
    scope_path    varchar(300)  NOT NULL,
    -- only the person who started it sees it (an export of their list), else everyone whose scope covers its path
    personal      boolean       NOT NULL DEFAULT false,
    status        varchar(16)   NOT NULL,
    params        text          NOT NULL DEFAULT '',
    done          bigint        NOT NULL DEFAULT 0,
    total         bigint        NOT NULL DEFAULT 0,
    message_key   varchar(100),
    instance      varchar(120),
    created_at    timestamptz   NOT NULL,
    started_at    timestamptz,
    finished_at   timestamptz,
    result_name   varchar(255),
    result_size   bigint,
    result        bytea
);
CREATE UNIQUE INDEX background_job_active_subject_idx ON background_job (subject_key)
    WHERE status IN ('QUEUED', 'RUNNING');
CREATE INDEX background_job_subject_idx ON background_job (subject_key, id DESC);
CREATE INDEX background_job_status_idx ON background_job (status) WHERE status IN ('QUEUED', 'RUNNING');
