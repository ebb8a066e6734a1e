-- The kinds of measure against a cadre become the department's list (issue 19: "提醒谈话, 批评教育, 诫勉谈话, 组织调整 —
-- configurable"), as the demand categories are: the four seeded with codes (their English labels in the message
-- files), the department adds its own (a made-up code), renames, orders and archives them (an archived kind leaves the
-- form and stays on the measures that have it). A measure points at its kind; the code column it had goes (its values
-- are the seeded kinds' codes, carried over first).
CREATE TABLE supervision_measure_kind (
    id          bigserial    PRIMARY KEY,
    code        varchar(32)  NOT NULL,
    name        varchar(50)  NOT NULL,
    sort_order  integer      NOT NULL,
    archived    boolean      NOT NULL DEFAULT false,
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(64),
    updated_at  timestamptz,
    updated_by  varchar(64)
);
CREATE UNIQUE INDEX supervision_measure_kind_code_uq ON supervision_measure_kind (code);
ALTER SEQUENCE supervision_measure_kind_id_seq INCREMENT BY 50;

INSERT INTO supervision_measure_kind (code, name, sort_order, created_at, created_by) VALUES
    ('REMINDER_TALK', '提醒谈话', 10, now(), 'system'),
    ('CRITICISM', '批评教育', 20, now(), 'system'),
    ('ADMONITION', '诫勉谈话', 30, now(), 'system'),
    ('REASSIGNMENT', '组织调整', 40, now(), 'system');

ALTER TABLE supervision_measure ADD COLUMN kind_id bigint REFERENCES supervision_measure_kind (id);
UPDATE supervision_measure m SET kind_id = k.id FROM supervision_measure_kind k WHERE k.code = m.kind;
ALTER TABLE supervision_measure ALTER COLUMN kind_id SET NOT NULL;
ALTER TABLE supervision_measure DROP COLUMN kind;
CREATE INDEX supervision_measure_kind_idx ON supervision_measure (kind_id);
