-- The three lists (三张清单): what villages and other objects need (需求清单), what members, groups and work units can
-- bring (资源清单), and the projects a demand becomes once matched with resources (项目清单). A demand is resolved only
-- when whoever raised it says so. Nothing is deleted: a resource is archived, a demand declined with a reason.

-- The deployment's demand categories (configurable; seeded with the usual ones). keywords: words of a member's
-- specialty, post or work unit that fit the category (comma separated), for the matching suggestions.
CREATE TABLE demand_category (
    id          bigserial    PRIMARY KEY,
    code        varchar(32)  NOT NULL,
    name        varchar(50)  NOT NULL,
    keywords    varchar(500) NOT NULL DEFAULT '',
    sort_order  integer      NOT NULL,
    archived    boolean      NOT NULL DEFAULT false,
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(64),
    updated_at  timestamptz,
    updated_by  varchar(64)
);
CREATE UNIQUE INDEX demand_category_code_uq ON demand_category (code);

INSERT INTO demand_category (code, name, keywords, sort_order, created_at, created_by) VALUES
    ('INDUSTRY', '产业发展', '农,产业,种植,养殖,畜牧,林,果,茶,经济,发改,农业农村', 10, now(), 'system'),
    ('INFRASTRUCTURE', '基础设施', '工程,建设,交通,水利,住建,电力,道路,规划', 20, now(), 'system'),
    ('EMPLOYMENT', '就业', '就业,人社,人力资源,劳务,招聘', 30, now(), 'system'),
    ('SKILLS', '技能培训', '培训,技能,技术,职业,农技', 40, now(), 'system'),
    ('EDUCATION', '教育', '教育,教师,学校,教学,教研', 50, now(), 'system'),
    ('HEALTH', '医疗健康', '医,护,卫生,健康,药', 60, now(), 'system'),
    ('CONSUMPTION', '消费帮扶', '电商,销售,商务,营销,供销,物流', 70, now(), 'system'),
    ('GOVERNANCE', '基层治理', '法,律,党建,组织,治理,政法,纪检', 80, now(), 'system'),
    ('OTHER', '其他', '', 90, now(), 'system');

-- A demand (需求) for one assisted object, raised by its first secretary or contact, or by the organization
-- department. status: RAISED → ACCEPTED (or DECLINED) → MATCHED → IN_PROGRESS → SOLVED (reported solved, awaiting
-- the raiser) → RESOLVED (or back to IN_PROGRESS when the raiser reopens it); UNSOLVABLE_PROPOSED (with a reason,
-- reviewed) → UNSOLVABLE, or back to status_before. reason: the last decline, reopening or "cannot be solved".
-- raised_by_object: raised by the object's own account (its first secretary or contact), who then confirms it
-- resolved; else by the organization department, which does.
CREATE TABLE demand (
    id             bigserial     PRIMARY KEY,
    object_id      bigint        NOT NULL REFERENCES assisted_object (id),
    category_id    bigint        NOT NULL REFERENCES demand_category (id),
    title          varchar(100)  NOT NULL,
    description    text,
    urgency        varchar(16)   NOT NULL CHECK (urgency IN ('NORMAL', 'URGENT', 'VERY_URGENT')),
    wanted_by      date,
    raised_by_object boolean     NOT NULL DEFAULT false,
    status         varchar(24)   NOT NULL,
    status_before  varchar(24),
    reason         varchar(500),
    resolved_on    date,
    version        bigint        NOT NULL DEFAULT 0,
    created_at     timestamptz   NOT NULL,
    created_by     varchar(64),
    updated_at     timestamptz,
    updated_by     varchar(64)
);
CREATE INDEX demand_object_idx ON demand (object_id, created_at DESC, id DESC);
CREATE INDEX demand_status_idx ON demand (status, created_at DESC, id DESC);
CREATE INDEX demand_category_idx ON demand (category_id, created_at DESC, id DESC);
CREATE INDEX demand_recent_idx ON demand (created_at DESC, id DESC);

-- A resource (资源) declared by a member, a group or a work unit (exactly one of the three): what it is, how much of it
-- (capacity in its unit: yuan, places, days, items), when it is available; allocated: how much projects have taken.
CREATE TABLE resource (
    id              bigserial     PRIMARY KEY,
    category_id     bigint        NOT NULL REFERENCES demand_category (id),
    title           varchar(100)  NOT NULL,
    description     text,
    capacity        numeric(18,2) NOT NULL CHECK (capacity > 0),
    capacity_unit   varchar(16)   NOT NULL CHECK (capacity_unit IN ('YUAN', 'PLACES', 'DAYS', 'ITEMS')),
    allocated       numeric(18,2) NOT NULL DEFAULT 0 CHECK (allocated >= 0 AND allocated <= capacity),
    available_from  date,
    available_to    date,
    group_id        bigint        REFERENCES unit (id),
    member_id       bigint        REFERENCES member (id),
    work_unit_id    bigint        REFERENCES work_unit (id),
    archived        boolean       NOT NULL DEFAULT false,
    version         bigint        NOT NULL DEFAULT 0,
    created_at      timestamptz   NOT NULL,
    created_by      varchar(64),
    updated_at      timestamptz,
    updated_by      varchar(64),
    CHECK (available_to IS NULL OR available_from IS NULL OR available_to >= available_from),
    CHECK (num_nonnulls(group_id, member_id, work_unit_id) = 1)
);
CREATE INDEX resource_category_idx ON resource (category_id, id DESC) WHERE NOT archived;
CREATE INDEX resource_group_idx ON resource (group_id);
CREATE INDEX resource_member_idx ON resource (member_id);
CREATE INDEX resource_work_unit_idx ON resource (work_unit_id);
CREATE INDEX resource_recent_idx ON resource (id DESC);

-- A project (项目): one demand matched with resources, owned by a group, with a responsible member, a deadline, a
-- budget, milestones and a progress the group updates. status: ACTIVE, DONE (its demand reported solved) or STOPPED
-- (its demand found unsolvable).
CREATE TABLE project (
    id              bigserial     PRIMARY KEY,
    demand_id       bigint        NOT NULL REFERENCES demand (id),
    group_id        bigint        NOT NULL REFERENCES unit (id),
    responsible_id  bigint        REFERENCES member (id),
    title           varchar(100)  NOT NULL,
    starts_on       date          NOT NULL,
    deadline        date          NOT NULL,
    budget          numeric(18,2) CHECK (budget >= 0),
    progress        integer       NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    progress_note   varchar(500),
    status          varchar(16)   NOT NULL CHECK (status IN ('ACTIVE', 'DONE', 'STOPPED')),
    version         bigint        NOT NULL DEFAULT 0,
    created_at      timestamptz   NOT NULL,
    created_by      varchar(64),
    updated_at      timestamptz,
    updated_by      varchar(64),
    CHECK (deadline >= starts_on)
);
CREATE UNIQUE INDEX project_demand_uq ON project (demand_id);
CREATE INDEX project_group_idx ON project (group_id, deadline, id);
CREATE INDEX project_status_idx ON project (status, deadline, id);

-- How much of a resource a project takes.
CREATE TABLE project_resource (
    id           bigserial     PRIMARY KEY,
    project_id   bigint        NOT NULL REFERENCES project (id),
    resource_id  bigint        NOT NULL REFERENCES resource (id),
    amount       numeric(18,2) NOT NULL CHECK (amount > 0),
    version      bigint        NOT NULL DEFAULT 0,
    created_at   timestamptz   NOT NULL,
    created_by   varchar(64),
    updated_at   timestamptz,
    updated_by   varchar(64)
);
CREATE UNIQUE INDEX project_resource_uq ON project_resource (project_id, resource_id);
CREATE INDEX project_resource_resource_idx ON project_resource (resource_id);

CREATE TABLE project_milestone (
    id           bigserial     PRIMARY KEY,
    project_id   bigint        NOT NULL REFERENCES project (id),
    title        varchar(100)  NOT NULL,
    due_on       date          NOT NULL,
    done_on      date,
    version      bigint        NOT NULL DEFAULT 0,
    created_at   timestamptz   NOT NULL,
    created_by   varchar(64),
    updated_at   timestamptz,
    updated_by   varchar(64)
);
CREATE INDEX project_milestone_project_idx ON project_milestone (project_id, due_on, id);

-- The suggestions shown when a demand was matched, with the score and rank they had and whether the organization
-- department took them (ACCEPTED) or not (IGNORED). kind: RESOURCE or GROUP; target_id: the resource's or unit's id.
CREATE TABLE demand_suggestion (
    id          bigserial    PRIMARY KEY,
    demand_id   bigint       NOT NULL REFERENCES demand (id),
    kind        varchar(16)  NOT NULL CHECK (kind IN ('RESOURCE', 'GROUP')),
    target_id   bigint       NOT NULL,
    score       integer      NOT NULL,
    rank        integer      NOT NULL,
    decision    varchar(16)  NOT NULL CHECK (decision IN ('ACCEPTED', 'IGNORED')),
    reasons     varchar(1000) NOT NULL DEFAULT '',
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(64),
    updated_at  timestamptz,
    updated_by  varchar(64)
);
CREATE INDEX demand_suggestion_demand_idx ON demand_suggestion (demand_id, kind, rank);

-- An activity may be logged for one of its group's projects: the project's record of what was done.
ALTER TABLE activity ADD COLUMN project_id bigint REFERENCES project (id);
CREATE INDEX activity_project_idx ON activity (project_id, occurred_on DESC, id DESC) WHERE project_id IS NOT NULL;
