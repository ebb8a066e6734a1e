-- Issue 21: a second factor for the accounts that see everything (org admins, sub-team leaders): a TOTP
-- authenticator (RFC 6238). The secret is set when enrolment starts and counts once its first code is confirmed;
-- the last time step used is kept so that a code seen over a shoulder cannot be used again. An admin's reset clears
-- all three (the account's history shows who and when).
alter table account
    add column totp_secret       varchar(64),
    add column totp_confirmed_at timestamptz,
    add column totp_last_step    bigint;

-- Ten single-use recovery codes per enrolment (their SHA-256; the codes are shown once). A new set replaces the
-- old one, which is marked, never deleted.
create table recovery_code (
    id          bigserial primary key,
    account_id  bigint      not null references account (id),
    code_hash   varchar(64) not null,
    created_at  timestamptz not null,
    used_at     timestamptz,
    replaced_at timestamptz
);
create index recovery_code_account_idx on recovery_code (account_id) where used_at is null and replaced_at is null;
