-- Per-account API tokens for the read-only data API (/api/v1/): an org admin issues one to an account (an upper-level
-- organization department's, say) and revokes it; the API then answers as that account, with its scope. Only the
-- SHA-256 of the secret is kept (the secret is shown once, when issued); hint is its first characters, so a list of
-- tokens tells them apart. Revoked tokens are kept (revoked_at), with their history.
CREATE TABLE api_token (
    id            bigserial    PRIMARY KEY,
    account_id    bigint       NOT NULL REFERENCES account (id),
    name          varchar(100) NOT NULL,
    token_hash    varchar(64)  NOT NULL,
    hint          varchar(16)  NOT NULL,
    last_used_at  timestamptz,
    revoked_at    timestamptz,
    revoked_by    varchar(64),
    version       bigint       NOT NULL DEFAULT 0,
    created_at    timestamptz  NOT NULL,
    created_by    varchar(64),
    updated_at    timestamptz,
    updated_by    varchar(64)
);
CREATE UNIQUE INDEX api_token_hash_uq ON api_token (token_hash);
CREATE INDEX api_token_account_idx ON api_token (account_id, id);
