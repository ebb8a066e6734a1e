-- Issue 21: the login log and the operation log of a level-3 security review (等保三级), in one append-only table.
-- Every sign-in step (success, failure, challenge, second factor, sign-out, session ended) and every write (who,
-- when, from which address, what, which record, result) is one row. No account can change or delete a row: the
-- triggers below refuse UPDATE, DELETE and TRUNCATE for every database user but the owner's archive function, and
-- each row carries the SHA-256 of its own content and of the row before (seq order), so a row changed or removed
-- by someone who bypassed the triggers (a superuser) breaks the chain, which the daily check (and the auditor's
-- page) reports. Rows older than the retention period (at least 180 days, 网络安全法 §21) are moved to
-- audit_archive in closed monthly batches, never dropped.
create table audit_log (
    seq       bigint       primary key,               -- the chain's order, assigned by the trigger under a lock
    at        timestamptz  not null,
    kind      varchar(40)  not null,                  -- AuditKind
    username  varchar(300),                           -- the account, or the name typed at a failed sign-in
    address   varchar(64),
    action    varchar(300),                           -- e.g. "POST /activities/{id}/edit"
    target    varchar(500),                           -- the request path with its ids: which record
    result    varchar(40),                            -- the HTTP status, or OK / REFUSED / BROKEN
    detail    varchar(1000),
    prev_hash char(64)     not null,
    hash      char(64)     not null
);
create index audit_log_at_idx on audit_log (at);
create index audit_log_username_idx on audit_log (lower(username), seq);
create index audit_log_kind_idx on audit_log (kind, seq);

-- The hash of a row: its content and the previous row's hash as a JSON array (unambiguous where a '|'-joined string
-- would not be), the instant in UTC to the microsecond.
create function audit_log_hash(seq bigint, prev_hash text, at timestamptz, kind text, username text, address text,
                               action text, target text, result text, detail text) returns text
    language sql immutable as $$
    select encode(sha256(convert_to(jsonb_build_array(seq, prev_hash,
        to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), kind, username, address, action, target,
        result, detail)::text, 'UTF8')), 'hex')
$$;

create function audit_log_chain() returns trigger language plpgsql as $$
declare
    last_seq  bigint;
    last_hash text;
begin
    -- one writer at a time (held to the end of the writing transaction, which is the row's own)
    perform pg_advisory_xact_lock(hashtext('audit_log'));
    select l.seq, l.hash into last_seq, last_hash from audit_log l order by l.seq desc limit 1;
    if last_seq is null then
        select a.last_seq, a.last_hash into last_seq, last_hash from audit_archive a order by a.last_seq desc limit 1;
    end if;
    new.seq := coalesce(last_seq, 0) + 1;
    new.prev_hash := coalesce(last_hash, repeat('0', 64));
    new.hash := audit_log_hash(new.seq, new.prev_hash, new.at, new.kind, new.username, new.address, new.action,
                               new.target, new.result, new.detail);
    return new;
end $$;

create function audit_log_refuse() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('helituan.audit_archiving', true) = 'on'
            and exists (select 1 from audit_archive a where old.seq between a.first_seq and a.last_seq) then
        return old;  -- moved to its archive batch in the same transaction (audit_log_archive)
    end if;
    raise exception 'audit_log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end $$;

-- Closed batches of archived rows: the rows as JSON lines, gzip'd by the application, with the chain's ends and the
-- batch's own hash; only ever added.
create table audit_archive (
    id          bigserial   primary key,
    first_seq   bigint      not null,
    last_seq    bigint      not null,
    last_hash   char(64)    not null,
    rows        integer     not null,
    from_at     timestamptz not null,
    to_at       timestamptz not null,
    content     bytea       not null,               -- gzip of one JSON object per line, seq order
    content_sha char(64)    not null,
    archived_at timestamptz not null
);

create trigger audit_log_chain before insert on audit_log for each row execute function audit_log_chain();
create trigger audit_log_no_update before update on audit_log for each row execute function audit_log_refuse();
create trigger audit_log_no_delete before delete on audit_log for each row execute function audit_log_refuse();
create trigger audit_log_no_truncate before truncate on audit_log for each statement
    execute function audit_log_refuse();
create function audit_archive_refuse() returns trigger language plpgsql as $$
begin
    raise exception 'audit_archive is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end $$;
create trigger audit_archive_no_update before update or delete on audit_archive for each row
    execute function audit_archive_refuse();
create trigger audit_archive_no_truncate before truncate on audit_archive for each statement
    execute function audit_archive_refuse();
