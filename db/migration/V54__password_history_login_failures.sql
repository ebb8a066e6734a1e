-- Issue 21 (a level-3 security review). A password replaced is kept (its hash) so that a new one may not be any of
-- the account's last five; rows are only ever added.
create table password_history (
    id            bigserial primary key,
    account_id    bigint       not null references account (id),
    password_hash varchar(200) not null,
    replaced_at   timestamptz  not null
);
create index password_history_account_idx on password_history (account_id, id desc);

-- Failed sign-ins counted by the name typed (an account's or not: the answer must not tell which) and by the
-- address they came from; three within the window ask for the image challenge. A success or the admin's release sets
-- the name's count back to 0; a count whose last failure is older than the window starts again.
create table login_failure (
    key            varchar(300) primary key, -- 'name:<lower-case user name>' or 'address:<IP address>'
    failures       integer      not null,
    last_failed_at timestamptz  not null
);
