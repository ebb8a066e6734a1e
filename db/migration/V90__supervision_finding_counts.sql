-- The findings of the whole deployment counted without reading a province's 300,000 of them (issue 19;
-- docs/performance.md, "Supervision at province scale"): the to-do centre's badge and the dashboard read the counts not
-- closed on every page (to verify, to rectify, overdue), and the org admin's findings list its total.
-- * For the whole deployment, a tally of the findings by state and deadline, kept exact by a trigger on every insert,
--   change of state or deadline, and delete: a few hundred rows a year, whatever the number of findings.
-- * Under a unit (a city's inspector, a sub-team's leader), each unit's findings not closed read from an index led by
--   the unit, from the index alone, for the units under the path.
CREATE TABLE supervision_finding_count (
    status    varchar(10)  NOT NULL,
    deadline  date         NOT NULL,
    n         integer      NOT NULL CHECK (n >= 0),
    PRIMARY KEY (status, deadline)
);

-- A change of state or deadline takes the two rows' locks in the order of their keys, whichever way the finding moves
-- (an answer, RETURNED → ANSWERED, and a return, ANSWERED → RETURNED, at once do not wait for each other in a circle).
CREATE FUNCTION supervision_finding_count_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.status = NEW.status AND OLD.deadline = NEW.deadline THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND (NEW.status, NEW.deadline) < (OLD.status, OLD.deadline)) THEN
        INSERT INTO supervision_finding_count (status, deadline, n) VALUES (NEW.status, NEW.deadline, 1)
        ON CONFLICT (status, deadline) DO UPDATE SET n = supervision_finding_count.n + 1;
        IF TG_OP = 'UPDATE' THEN
            UPDATE supervision_finding_count SET n = n - 1 WHERE status = OLD.status AND deadline = OLD.deadline;
        END IF;
    ELSE
        UPDATE supervision_finding_count SET n = n - 1 WHERE status = OLD.status AND deadline = OLD.deadline;
        IF TG_OP = 'UPDATE' THEN
            INSERT INTO supervision_finding_count (status, deadline, n) VALUES (NEW.status, NEW.deadline, 1)
            ON CONFLICT (status, deadline) DO UPDATE SET n = supervision_finding_count.n + 1;
        END IF;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER supervision_finding_count_keep
    AFTER INSERT OR UPDATE OF status, deadline OR DELETE ON supervision_finding
    FOR EACH ROW EXECUTE FUNCTION supervision_finding_count_keep();

-- the findings there are now, under a lock that keeps writers out until the tally starts from them
LOCK TABLE supervision_finding IN SHARE MODE;
INSERT INTO supervision_finding_count (status, deadline, n)
SELECT status, deadline, count(*) FROM supervision_finding GROUP BY status, deadline;

CREATE INDEX supervision_finding_unit_unclosed_idx ON supervision_finding (unit_id, status, deadline)
    WHERE status <> 'CLOSED';
