-- Assisted objects: only what accounts need to point at for now (the assisted feature extends it).
CREATE TABLE assisted_object (
    id          bigserial    PRIMARY KEY,
    kind        varchar(16)  NOT NULL,
    name        varchar(100) NOT NULL,
    code        varchar(50)  NOT NULL,
    archived    boolean      NOT NULL DEFAULT false,
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(64),
    updated_at  timestamptz,
    updated_by  varchar(64)
);
CREATE UNIQUE INDEX assisted_object_code_uq ON assisted_object (code);

-- Log-in accounts, each with a role and a scope: a unit of the team tree or an assisted object.
CREATE TABLE account (
    id                   bigserial    PRIMARY KEY,
    username             varchar(64)  NOT NULL,
    password_hash        varchar(200) NOT NULL,
    display_name         varchar(50)  NOT NULL,
    role                 varchar(32)  NOT NULL,
    scope_unit_id        bigint       REFERENCES unit (id),
    scope_object_id      bigint       REFERENCES assisted_object (id),
    member_id            bigint       REFERENCES member (id),
    must_change_password boolean      NOT NULL DEFAULT true,
    failed_attempts      integer      NOT NULL DEFAULT 0,
    locked_until         timestamptz,
    enabled              boolean      NOT NULL DEFAULT true,
    password_changed_at  timestamptz,
    last_login_at        timestamptz,
    version              bigint       NOT NULL DEFAULT 0,
    created_at           timestamptz  NOT NULL,
    created_by           varchar(64),
    updated_at           timestamptz,
    updated_by           varchar(64)
);
CREATE UNIQUE INDEX account_username_uq ON account (lower(username));
CREATE INDEX account_scope_unit_idx ON account (scope_unit_id);
CREATE INDEX account_scope_object_idx ON account (scope_object_id);
CREATE INDEX account_member_idx ON account (member_id);
