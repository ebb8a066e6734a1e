-- A scope's findings counted without reading them (docs/performance.md, "Supervision at province scale"): a city's
-- inspector's list counted its 25,868 findings on every page (2.9 ms from the index alone), and the to-do badge and the
-- dashboard count a scope's findings by state. A tally by group and state, kept exact by a trigger on every insert,
-- change of state, move to another group and delete (the application never moves or deletes a finding; the trigger
-- holds the tally whatever code runs): a scope's count is the sum of its groups' rows (a city's 289 groups, four
-- states). The overdue ones still come from V98's index of the findings not closed: the day moves them.
CREATE TABLE supervision_finding_unit_count (
    unit_id  bigint       NOT NULL REFERENCES unit (id),
    status   varchar(10)  NOT NULL,
    n        integer      NOT NULL CHECK (n >= 0),
    PRIMARY KEY (unit_id, status)
);

-- A change takes the two rows' locks in the order of their keys, whichever way the finding moves (an answer and a
-- return of the same group's findings at once do not wait for each other in a circle), as V90's tally does.
CREATE FUNCTION supervision_finding_unit_count_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.unit_id = NEW.unit_id AND OLD.status = NEW.status THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND (NEW.unit_id, NEW.status) < (OLD.unit_id, OLD.status)) THEN
        INSERT INTO supervision_finding_unit_count (unit_id, status, n) VALUES (NEW.unit_id, NEW.status, 1)
        ON CONFLICT (unit_id, status) DO UPDATE SET n = supervision_finding_unit_count.n + 1;
        IF TG_OP = 'UPDATE' THEN
            UPDATE supervision_finding_unit_count SET n = n - 1 WHERE unit_id = OLD.unit_id AND status = OLD.status;
        END IF;
    ELSE
        UPDATE supervision_finding_unit_count SET n = n - 1 WHERE unit_id = OLD.unit_id AND status = OLD.status;
        IF TG_OP = 'UPDATE' THEN
            INSERT INTO supervision_finding_unit_count (unit_id, status, n) VALUES (NEW.unit_id, NEW.status, 1)
            ON CONFLICT (unit_id, status) DO UPDATE SET n = supervision_finding_unit_count.n + 1;
        END IF;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER supervision_finding_unit_count_keep
    AFTER INSERT OR UPDATE OF unit_id, status OR DELETE ON supervision_finding
    FOR EACH ROW EXECUTE FUNCTION supervision_finding_unit_count_keep();

-- the findings there are now, under a lock that keeps writers out until the tally starts from them
LOCK TABLE supervision_finding IN SHARE MODE;
INSERT INTO supervision_finding_unit_count (unit_id, status, n)
SELECT unit_id, status, count(*) FROM supervision_finding GROUP BY unit_id, status;
