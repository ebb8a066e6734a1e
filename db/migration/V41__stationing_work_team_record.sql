-- The stationed work team (驻村工作队) and its record (建档): a stationing is now a first secretary's (第一书记), a
-- team leader's (工作队长) or a team member's (工作队员), each from a dispatching unit (派出单位), with a post, a term
-- (start, planned end) and what the dispatching unit commits ("四个打包": projects, funds, responsibility), the
-- insurance and health check dates and the subsidy standard per day. Existing rows are first secretaries.
ALTER TABLE stationing
    ADD COLUMN role                      varchar(20)   NOT NULL DEFAULT 'FIRST_SECRETARY',
    ADD COLUMN work_unit_id              bigint        REFERENCES work_unit (id),
    ADD COLUMN post                      varchar(100),
    ADD COLUMN planned_end_on            date,
    ADD COLUMN commitment_projects       varchar(2000),
    ADD COLUMN commitment_funds          varchar(2000),
    ADD COLUMN commitment_responsibility varchar(2000),
    ADD COLUMN insured_on                date,
    ADD COLUMN health_checked_on         date,
    ADD COLUMN subsidy_per_day           numeric(18, 2),
    ADD CONSTRAINT stationing_role_ck CHECK (role IN ('FIRST_SECRETARY', 'TEAM_LEADER', 'TEAM_MEMBER')),
    ADD CONSTRAINT stationing_planned_end_ck CHECK (planned_end_on IS NULL OR planned_end_on >= starts_on),
    ADD CONSTRAINT stationing_subsidy_ck CHECK (subsidy_per_day IS NULL OR subsidy_per_day >= 0);
CREATE INDEX stationing_work_unit_idx ON stationing (work_unit_id);

-- One open first secretary and one open team leader per object (was: one open stationing per object).
DROP INDEX stationing_open_uq;
CREATE UNIQUE INDEX stationing_open_secretary_uq ON stationing (object_id)
    WHERE ends_on IS NULL AND role = 'FIRST_SECRETARY';
CREATE UNIQUE INDEX stationing_open_leader_uq ON stationing (object_id)
    WHERE ends_on IS NULL AND role = 'TEAM_LEADER';

-- A cadre is stationed in one place at a time: a member with several open stationings keeps the latest open, the
-- earlier ones end the day before the next begins (or on their own first day).
UPDATE stationing s
SET ends_on = GREATEST(s.starts_on, (SELECT MIN(n.starts_on) FROM stationing n
                                     WHERE n.member_id = s.member_id AND n.ends_on IS NULL AND n.id <> s.id
                                       AND (n.starts_on, n.id) > (s.starts_on, s.id)) - 1)
WHERE s.ends_on IS NULL
  AND EXISTS (SELECT 1 FROM stationing n WHERE n.member_id = s.member_id AND n.ends_on IS NULL AND n.id <> s.id
                                           AND (n.starts_on, n.id) > (s.starts_on, s.id));
CREATE UNIQUE INDEX stationing_open_member_uq ON stationing (member_id) WHERE ends_on IS NULL;
