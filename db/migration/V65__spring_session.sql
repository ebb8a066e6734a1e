-- The HTTP sessions in the database (Spring Session JDBC, issue 24): a user signed in through one application
-- instance goes on through any other. Spring Session's own schema for PostgreSQL (spring-session-jdbc 4.1.0,
-- schema-postgresql.sql), created here rather than by its initializer so that Flyway alone owns the schema. The
-- principal's name is kept in a column of its own (indexed): the session registry finds an account's sessions by it
-- (one session per account, ending them on a password change, 在线会话). Rows are deleted by Spring Session when a
-- session ends or expires: they are not records people keep.
CREATE TABLE spring_session (
    primary_id            char(36)     NOT NULL,
    session_id            char(36)     NOT NULL,
    creation_time         bigint       NOT NULL,
    last_access_time      bigint       NOT NULL,
    max_inactive_interval integer      NOT NULL,
    expiry_time           bigint       NOT NULL,
    principal_name        varchar(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id char(36)     NOT NULL,
    attribute_name     varchar(200) NOT NULL,
    attribute_bytes    bytea        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id) REFERENCES spring_session (primary_id)
        ON DELETE CASCADE
);
