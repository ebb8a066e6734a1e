-- One-time keys of create forms (issue 16). A create form carries a key made when it is shown; the transaction
-- that saves the record claims the key here (an insert that does nothing when the key is taken, so a second
-- submission running at the same time waits for the first and then finds it) and notes the record it saved. A
-- second submission of the key shows that record instead of saving another. A key belongs to the account that
-- claimed it; form names the form (activity, demand…), record_id the record its redirect shows.
CREATE TABLE form_key (
    form_key    uuid        PRIMARY KEY,
    account_id  bigint      NOT NULL REFERENCES account (id),
    form        varchar(40) NOT NULL,
    record_id   bigint,
    created_at  timestamptz NOT NULL
);
CREATE INDEX form_key_account_idx ON form_key (account_id);
