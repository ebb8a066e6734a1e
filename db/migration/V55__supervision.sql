-- Supervision (督导检查, issue 19): the department's checklist in versions, inspection plans with their (possibly
-- randomly drawn, reproducible) units and inspectors, inspections done in the village, findings and their
-- rectification (整改), measures taken against cadres. Nothing is deleted.

-- A version of the checklist; a change writes a new version, an inspection keeps the one it used.
CREATE TABLE supervision_checklist (
    id          bigserial    PRIMARY KEY,
    number      integer      NOT NULL UNIQUE,
    note        varchar(500),
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(64),
    updated_at  timestamptz,
    updated_by  varchar(64)
);
ALTER SEQUENCE supervision_checklist_id_seq INCREMENT BY 50;

-- An item of a checklist version: what is checked, how (the method), scored (0..max_score) or pass/fail.
CREATE TABLE supervision_item (
    id            bigserial    PRIMARY KEY,
    checklist_id  bigint       NOT NULL REFERENCES supervision_checklist (id),
    position      integer      NOT NULL,
    name          varchar(100) NOT NULL,
    method        varchar(20)  NOT NULL,
    max_score     integer,
    version       bigint       NOT NULL DEFAULT 0,
    created_at    timestamptz  NOT NULL,
    created_by    varchar(64),
    updated_at    timestamptz,
    updated_by    varchar(64),
    UNIQUE (checklist_id, position),
    CHECK (max_score IS NULL OR max_score > 0)
);
ALTER SEQUENCE supervision_item_id_seq INCREMENT BY 50;

-- The default checklist (version 1): the points Xiahe's supervision group checks.
INSERT INTO supervision_checklist (number, note, created_at, created_by) VALUES (1, NULL, now(), 'system');
INSERT INTO supervision_item (checklist_id, position, name, method, max_score, created_at, created_by)
SELECT c.id, i.position, i.name, i.method, i.max_score, now(), 'system'
FROM supervision_checklist c,
     (VALUES (1, '考勤制度执行', 'RECORDS', 10),
             (2, '政策学习宣传', 'QUESTIONNAIRE', 10),
             (3, '进村入户走访', 'INTERVIEW', 20),
             (4, '一户一策制定', 'RECORDS', 20),
             (5, '生活待遇保障', 'INTERVIEW', NULL),
             (6, '党支部标准化建设', 'RECORDS', 10),
             (7, '工作纪律', 'UNANNOUNCED', NULL)) AS i (position, name, method, max_score)
WHERE c.number = 1;

-- A plan: a period (half a month by default), the units to inspect (every group under the scope unit, or a sample
-- drawn from its seed: the same seed over the same groups draws the same units, recorded in supervision_plan_unit),
-- the inspectors (INSPECTOR accounts), the checklist version.
CREATE TABLE supervision_plan (
    id             bigserial    PRIMARY KEY,
    name           varchar(100) NOT NULL,
    scope_unit_id  bigint       REFERENCES unit (id),
    starts_on      date         NOT NULL,
    ends_on        date         NOT NULL,
    checklist_id   bigint       NOT NULL REFERENCES supervision_checklist (id),
    sample_size    integer,
    seed           bigint,
    candidates     integer      NOT NULL,
    group_count    integer      NOT NULL,
    version        bigint       NOT NULL DEFAULT 0,
    created_at     timestamptz  NOT NULL,
    created_by     varchar(64),
    updated_at     timestamptz,
    updated_by     varchar(64),
    CHECK (ends_on >= starts_on),
    CHECK ((sample_size IS NULL) = (seed IS NULL)),
    CHECK (sample_size IS NULL OR sample_size > 0)
);
CREATE INDEX supervision_plan_scope_idx ON supervision_plan (scope_unit_id);
CREATE INDEX supervision_plan_checklist_idx ON supervision_plan (checklist_id);
CREATE INDEX supervision_plan_period_idx ON supervision_plan (starts_on DESC, id DESC);
ALTER SEQUENCE supervision_plan_id_seq INCREMENT BY 50;

CREATE TABLE supervision_plan_unit (
    plan_id   bigint  NOT NULL REFERENCES supervision_plan (id),
    position  integer NOT NULL,
    unit_id   bigint  NOT NULL REFERENCES unit (id),
    PRIMARY KEY (plan_id, position),
    UNIQUE (plan_id, unit_id)
);
CREATE INDEX supervision_plan_unit_unit_idx ON supervision_plan_unit (unit_id);

CREATE TABLE supervision_plan_inspector (
    plan_id     bigint NOT NULL REFERENCES supervision_plan (id),
    account_id  bigint NOT NULL REFERENCES account (id),
    PRIMARY KEY (plan_id, account_id)
);
CREATE INDEX supervision_plan_inspector_account_idx ON supervision_plan_inspector (account_id);

-- An inspection of one group of the plan, on a day, announced or not, with whom the inspector met and the
-- questionnaire's counts (villagers asked: satisfied, basically satisfied, dissatisfied).
CREATE TABLE supervision_inspection (
    id                bigserial     PRIMARY KEY,
    plan_id           bigint        NOT NULL REFERENCES supervision_plan (id),
    unit_id           bigint        NOT NULL REFERENCES unit (id),
    checklist_id      bigint        NOT NULL REFERENCES supervision_checklist (id),
    inspector         varchar(64)   NOT NULL,
    inspected_on      date          NOT NULL,
    announced         boolean       NOT NULL,
    met               varchar(1000),
    asked             integer       NOT NULL DEFAULT 0,
    satisfied         integer       NOT NULL DEFAULT 0,
    basically         integer       NOT NULL DEFAULT 0,
    dissatisfied      integer       NOT NULL DEFAULT 0,
    note              varchar(2000),
    version           bigint        NOT NULL DEFAULT 0,
    created_at        timestamptz   NOT NULL,
    created_by        varchar(64),
    updated_at        timestamptz,
    updated_by        varchar(64),
    CHECK (asked >= 0 AND satisfied >= 0 AND basically >= 0 AND dissatisfied >= 0
           AND satisfied + basically + dissatisfied <= asked)
);
CREATE INDEX supervision_inspection_plan_idx ON supervision_inspection (plan_id, unit_id);
CREATE INDEX supervision_inspection_unit_idx ON supervision_inspection (unit_id, inspected_on);
CREATE INDEX supervision_inspection_day_idx ON supervision_inspection (inspected_on DESC, id DESC);
CREATE INDEX supervision_inspection_checklist_idx ON supervision_inspection (checklist_id);
ALTER SEQUENCE supervision_inspection_id_seq INCREMENT BY 50;

-- An item's result in an inspection: passed or not, a score for a scored item, a note.
CREATE TABLE supervision_result (
    id             bigserial     PRIMARY KEY,
    inspection_id  bigint        NOT NULL REFERENCES supervision_inspection (id),
    item_id        bigint        NOT NULL REFERENCES supervision_item (id),
    passed         boolean       NOT NULL,
    score          integer,
    note           varchar(1000),
    version        bigint        NOT NULL DEFAULT 0,
    created_at     timestamptz   NOT NULL,
    created_by     varchar(64),
    updated_at     timestamptz,
    updated_by     varchar(64),
    UNIQUE (inspection_id, item_id)
);
CREATE INDEX supervision_result_item_idx ON supervision_result (item_id);
ALTER SEQUENCE supervision_result_id_seq INCREMENT BY 50;

-- The group's stationed cadres seen present or absent; flagged: absent on site although checked in that day.
CREATE TABLE supervision_presence (
    id             bigserial    PRIMARY KEY,
    inspection_id  bigint       NOT NULL REFERENCES supervision_inspection (id),
    member_id      bigint       NOT NULL REFERENCES member (id),
    present        boolean      NOT NULL,
    checked_in     boolean      NOT NULL,
    version        bigint       NOT NULL DEFAULT 0,
    created_at     timestamptz  NOT NULL,
    created_by     varchar(64),
    updated_at     timestamptz,
    updated_by     varchar(64),
    UNIQUE (inspection_id, member_id)
);
CREATE INDEX supervision_presence_member_idx ON supervision_presence (member_id);
CREATE INDEX supervision_presence_flagged_idx ON supervision_presence (inspection_id) WHERE NOT present AND checked_in;
ALTER SEQUENCE supervision_presence_id_seq INCREMENT BY 50;

-- A finding and its rectification: OPEN → ANSWERED (the responsible group's correction) → CLOSED (the inspector
-- accepts) or RETURNED (with a reason) → ANSWERED …; a closed one changes only by reopening with a reason.
CREATE TABLE supervision_finding (
    id              bigserial     PRIMARY KEY,
    inspection_id   bigint        NOT NULL REFERENCES supervision_inspection (id),
    unit_id         bigint        NOT NULL REFERENCES unit (id),
    member_id       bigint        REFERENCES member (id),
    item_id         bigint        REFERENCES supervision_item (id),
    what            varchar(2000) NOT NULL,
    place           varchar(200),
    severity        varchar(10)   NOT NULL,
    found_on        date          NOT NULL,
    deadline        date          NOT NULL,
    status          varchar(10)   NOT NULL,
    answer          varchar(2000),
    answered_by     varchar(64),
    answered_at     timestamptz,
    reason          varchar(1000),
    verified_by     varchar(64),
    closed_on       date,
    version         bigint        NOT NULL DEFAULT 0,
    created_at      timestamptz   NOT NULL,
    created_by      varchar(64),
    updated_at      timestamptz,
    updated_by      varchar(64),
    CHECK (deadline >= found_on),
    CHECK ((status = 'CLOSED') = (closed_on IS NOT NULL))
);
CREATE INDEX supervision_finding_inspection_idx ON supervision_finding (inspection_id);
CREATE INDEX supervision_finding_unit_idx ON supervision_finding (unit_id, found_on);
CREATE INDEX supervision_finding_member_idx ON supervision_finding (member_id);
CREATE INDEX supervision_finding_item_idx ON supervision_finding (item_id);
CREATE INDEX supervision_finding_day_idx ON supervision_finding (found_on DESC, id DESC);
CREATE INDEX supervision_finding_open_idx ON supervision_finding (deadline) WHERE status <> 'CLOSED';
ALTER SEQUENCE supervision_finding_id_seq INCREMENT BY 50;

-- Photos of a finding (what was seen, the correction's evidence), kept as a demand's are.
CREATE TABLE supervision_finding_photo (
    id            bigserial    PRIMARY KEY,
    finding_id    bigint       NOT NULL REFERENCES supervision_finding (id),
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
CREATE INDEX supervision_finding_photo_finding_idx ON supervision_finding_photo (finding_id, id);
ALTER SEQUENCE supervision_finding_photo_id_seq INCREMENT BY 50;

-- A measure against a cadre (提醒谈话, 批评教育, 诫勉谈话, 组织调整): the finding behind it or, without one, the basis
-- in words (an evaluation), the decision's day and document number.
CREATE TABLE supervision_measure (
    id           bigserial     PRIMARY KEY,
    member_id    bigint        NOT NULL REFERENCES member (id),
    kind         varchar(20)   NOT NULL,
    finding_id   bigint        REFERENCES supervision_finding (id),
    basis        varchar(500),
    decided_on   date          NOT NULL,
    document_no  varchar(100)  NOT NULL,
    note         varchar(1000),
    version      bigint        NOT NULL DEFAULT 0,
    created_at   timestamptz   NOT NULL,
    created_by   varchar(64),
    updated_at   timestamptz,
    updated_by   varchar(64),
    CHECK (finding_id IS NOT NULL OR basis IS NOT NULL)
);
CREATE INDEX supervision_measure_member_idx ON supervision_measure (member_id, decided_on);
CREATE INDEX supervision_measure_finding_idx ON supervision_measure (finding_id);
CREATE INDEX supervision_measure_day_idx ON supervision_measure (decided_on DESC, id DESC);
ALTER SEQUENCE supervision_measure_id_seq INCREMENT BY 50;
