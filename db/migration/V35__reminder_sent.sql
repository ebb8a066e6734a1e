-- Reminders (issue 17): what the daily job "reminders" told whom, on which day, and what the outbound channel (SMS
-- or a government messaging platform) answered. One reminder of the same thing (its subject, e.g.
-- plan-deadline:2026:group:12) to the same account a day: the job inserts with ON CONFLICT DO NOTHING on the unique
-- index, so a second run of the day, or two instances at once, send nothing more. Kept: never deleted.
CREATE TABLE reminder (
    id          bigserial     PRIMARY KEY,
    account_id  bigint        NOT NULL REFERENCES account (id),
    subject     varchar(200)  NOT NULL,
    day         date          NOT NULL,
    kind        varchar(40)   NOT NULL,
    args        text[]        NOT NULL DEFAULT '{}',
    link        varchar(300),
    created_at  timestamptz   NOT NULL,
    outcome     varchar(16)   NOT NULL CHECK (outcome IN ('PENDING', 'SENT', 'FAILED')),
    channel     varchar(20),
    reason      varchar(500),
    sent_at     timestamptz
);
CREATE UNIQUE INDEX reminder_once_a_day_uq ON reminder (account_id, subject, day);
CREATE INDEX reminder_day_idx ON reminder (day DESC, id DESC);
CREATE INDEX reminder_kind_day_idx ON reminder (kind, day DESC, id DESC);
