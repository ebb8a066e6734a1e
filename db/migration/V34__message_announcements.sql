-- Announcements (通知公告, issue 17): an org admin publishes one to the whole deployment (no unit) or to a unit and
-- everything under it, optionally only some roles (",GROUP_LEADER,MEMBER,"; "" for every role). Its creation is its
-- publication (created_by, created_at); it is delivered then as one message per account in scope.
CREATE TABLE announcement (
    id             bigserial     PRIMARY KEY,
    title          varchar(100)  NOT NULL,
    body           varchar(5000) NOT NULL,
    scope_unit_id  bigint        REFERENCES unit (id),
    roles          varchar(200)  NOT NULL DEFAULT '',
    version        bigint        NOT NULL DEFAULT 0,
    created_at     timestamptz   NOT NULL,
    created_by     varchar(64),
    updated_at     timestamptz,
    updated_by     varchar(64)
);
CREATE INDEX announcement_created_idx ON announcement (created_at DESC, id DESC);
CREATE INDEX announcement_scope_unit_idx ON announcement (scope_unit_id);

-- The message that delivers an announcement names it: the list counts received and read per announcement.
ALTER TABLE message ADD COLUMN announcement_id bigint REFERENCES announcement (id);
CREATE INDEX message_announcement_idx ON message (announcement_id) WHERE announcement_id IS NOT NULL;
