-- The whole deployment's demands by status, kept exact by triggers in the writing transaction (as member_tally is for
-- members), so that the unfiltered demand list's figures and total do not count 50,000 rows on every page. Overdue is
-- not kept (it moves with the date): the open demands past their date are read on demand_tally_idx (V19).
CREATE TABLE demand_status_tally (
    status  varchar(24)  PRIMARY KEY,
    n       bigint       NOT NULL
);
INSERT INTO demand_status_tally (status, n) SELECT status, count(*) FROM demand GROUP BY status;

CREATE FUNCTION demand_status_tally_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO demand_status_tally (status, n) SELECT status, count(*) FROM new_rows GROUP BY status
        ON CONFLICT (status) DO UPDATE SET n = demand_status_tally.n + excluded.n;
    RETURN NULL;
END $$;

-- Most updates (a description, a date) leave the statuses alone: only a change of status takes a row's lock.
CREATE FUNCTION demand_status_tally_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO demand_status_tally (status, n)
        SELECT status, sum(c) FROM (SELECT status, -1 AS c FROM old_rows UNION ALL SELECT status, 1 FROM new_rows) d
        GROUP BY status HAVING sum(c) <> 0
        ON CONFLICT (status) DO UPDATE SET n = demand_status_tally.n + excluded.n;
    RETURN NULL;
END $$;

CREATE FUNCTION demand_status_tally_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE demand_status_tally t SET n = t.n - o.c
        FROM (SELECT status, count(*) AS c FROM old_rows GROUP BY status) o WHERE t.status = o.status;
    RETURN NULL;
END $$;

CREATE TRIGGER demand_status_tally_insert AFTER INSERT ON demand
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION demand_status_tally_inserted();
CREATE TRIGGER demand_status_tally_update AFTER UPDATE ON demand
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION demand_status_tally_updated();
CREATE TRIGGER demand_status_tally_delete AFTER DELETE ON demand
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION demand_status_tally_deleted();
