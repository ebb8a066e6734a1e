-- The assistance activity log (帮扶活动): what a group did, when, where, for which assisted objects, who went, what
-- it achieved; each object's first secretary (or contact) confirms or disputes it. Nothing is deleted: an activity
-- is withdrawn with a reason.

-- The deployment's list of activity types (configurable; seeded with the usual ones). figures: which outcome
-- figures the type asks for, the Figure names comma-wrapped (',FUNDS_SECURED,PROJECTS_INTRODUCED,').
CREATE TABLE activity_type (
    id          bigserial    PRIMARY KEY,
    code        varchar(32)  NOT NULL,
    name        varchar(50)  NOT NULL,
    figures     varchar(500) NOT NULL DEFAULT '',
    sort_order  integer      NOT NULL,
    archived    boolean      NOT NULL DEFAULT false,
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(64),
    updated_at  timestamptz,
    updated_by  varchar(64)
);
CREATE UNIQUE INDEX activity_type_code_uq ON activity_type (code);

INSERT INTO activity_type (code, name, figures, sort_order, created_at, created_by) VALUES
    ('RESEARCH_VISIT', '调研走访', ',BENEFICIARIES,', 10, now(), 'system'),
    ('SKILLS_TRAINING', '技能培训', ',TRAININGS_HELD,PEOPLE_TRAINED,', 20, now(), 'system'),
    ('FREE_CLINIC', '义诊', ',PATIENTS_SEEN,BENEFICIARIES,', 30, now(), 'system'),
    ('LECTURE', '宣讲/党课', ',TRAININGS_HELD,PEOPLE_TRAINED,', 40, now(), 'system'),
    ('DONATION', '捐赠物资', ',DONATIONS,BENEFICIARIES,', 50, now(), 'system'),
    ('HARVEST_HELP', '帮助抢收', ',BENEFICIARIES,', 60, now(), 'system'),
    ('CONSUMPTION', '消费帮扶', ',PRODUCE_SOLD,BENEFICIARIES,', 70, now(), 'system'),
    ('ECOMMERCE', '电商带货', ',PRODUCE_SOLD,BENEFICIARIES,', 80, now(), 'system'),
    ('PROJECT', '项目引进', ',PROJECTS_INTRODUCED,FUNDS_SECURED,', 90, now(), 'system'),
    ('FUNDING', '资金落实', ',FUNDS_SECURED,', 100, now(), 'system'),
    ('TECHNOLOGY', '技术推广', ',TECHNOLOGIES_PROMOTED,PEOPLE_TRAINED,', 110, now(), 'system'),
    ('EMPLOYMENT', '就业帮扶', ',PEOPLE_EMPLOYED,', 120, now(), 'system'),
    ('SYMPOSIUM', '座谈交流', '', 130, now(), 'system'),
    ('OTHER', '其他', '', 140, now(), 'system');

CREATE TABLE activity (
    id                    bigserial     PRIMARY KEY,
    group_id              bigint        NOT NULL REFERENCES unit (id),
    type_id               bigint        NOT NULL REFERENCES activity_type (id),
    occurred_on           date          NOT NULL,
    title                 varchar(100)  NOT NULL,
    place                 varchar(100),
    description           text,
    other_participants    integer       NOT NULL DEFAULT 0 CHECK (other_participants >= 0),
    funds_secured         numeric(18,2) CHECK (funds_secured >= 0),
    projects_introduced   integer       CHECK (projects_introduced >= 0),
    project_names         varchar(500),
    technologies_promoted integer       CHECK (technologies_promoted >= 0),
    trainings_held        integer       CHECK (trainings_held >= 0),
    people_trained        integer       CHECK (people_trained >= 0),
    beneficiaries         integer       CHECK (beneficiaries >= 0),
    people_employed       integer       CHECK (people_employed >= 0),
    produce_sold          numeric(18,2) CHECK (produce_sold >= 0),
    donations             numeric(18,2) CHECK (donations >= 0),
    patients_seen         integer       CHECK (patients_seen >= 0),
    status                varchar(16)   NOT NULL,
    withdrawn_reason      varchar(500),
    version               bigint        NOT NULL DEFAULT 0,
    created_at            timestamptz   NOT NULL,
    created_by            varchar(64),
    updated_at            timestamptz,
    updated_by            varchar(64)
);
CREATE INDEX activity_group_idx ON activity (group_id, occurred_on DESC, id DESC);
CREATE INDEX activity_type_idx ON activity (type_id);

-- Each object an activity covers, with that object's confirmation: REPORTED until its first secretary (or contact)
-- confirms or disputes it.
CREATE TABLE activity_object (
    id           bigserial    PRIMARY KEY,
    activity_id  bigint       NOT NULL REFERENCES activity (id),
    object_id    bigint       NOT NULL REFERENCES assisted_object (id),
    status       varchar(16)  NOT NULL,
    reason       varchar(500),
    decided_by   varchar(64),
    decided_at   timestamptz,
    version      bigint       NOT NULL DEFAULT 0,
    created_at   timestamptz  NOT NULL,
    created_by   varchar(64),
    updated_at   timestamptz,
    updated_by   varchar(64)
);
CREATE UNIQUE INDEX activity_object_uq ON activity_object (activity_id, object_id);
CREATE INDEX activity_object_object_idx ON activity_object (object_id, activity_id);

CREATE TABLE activity_member (
    activity_id  bigint  NOT NULL REFERENCES activity (id),
    member_id    bigint  NOT NULL REFERENCES member (id),
    PRIMARY KEY (activity_id, member_id)
);
CREATE INDEX activity_member_member_idx ON activity_member (member_id);
