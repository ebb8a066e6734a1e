-- The supervision lists read a page's ids from an index alone, then the page's rows by id
-- (docs/performance.md, "Supervision at province scale").
--
-- A scope's list (a city's 289 groups: 25,868 findings) found its page by reading every finding of each group from the
-- heap to sort them by day: 12.5 ms. By group, day and id, with what the lists filter on (the state and deadline of a
-- finding, the plan of an inspection) in the index, the page's ids are an index-only scan: 3.8 ms. They replace the
-- indexes by group and day, whose every use they serve.
CREATE INDEX supervision_finding_unit_day_idx ON supervision_finding (unit_id, found_on DESC, id DESC)
    INCLUDE (status, deadline);
DROP INDEX supervision_finding_unit_idx;
CREATE INDEX supervision_inspection_unit_day_idx ON supervision_inspection (unit_id, inspected_on DESC, id DESC)
    INCLUDE (plan_id);
DROP INDEX supervision_inspection_unit_idx;

-- The whole deployment's lists walk the indexes by day; a deep page (page 100: 2,000 entries passed over) joined every
-- row it passed to its group and plan (6.6 ms). The filters' columns in the index make the walk index-only.
CREATE INDEX supervision_finding_day_all_idx ON supervision_finding (found_on DESC, id DESC) INCLUDE (status, deadline);
DROP INDEX supervision_finding_day_idx;
CREATE INDEX supervision_inspection_day_all_idx ON supervision_inspection (inspected_on DESC, id DESC) INCLUDE (plan_id);
DROP INDEX supervision_inspection_day_idx;

-- A scope's findings not closed (to answer, to verify, overdue) by group, day and id: a city's page read every finding
-- of its groups (25,868) to keep the 2,113 not closed; now only those. It serves the counts of V90's index by group,
-- state and deadline too (from the index alone), which it replaces.
CREATE INDEX supervision_finding_unit_open_day_idx ON supervision_finding (unit_id, found_on DESC, id DESC)
    INCLUDE (status, deadline) WHERE status <> 'CLOSED';
DROP INDEX supervision_finding_unit_unclosed_idx;

-- The inspections counted without reading them: the org admin's list counted the province's 73,370 on every page
-- (8 ms). A tally by group, kept exact by a trigger on every insert, move to another group and delete (an inspection is
-- never moved or deleted by the application; the trigger holds the tally whatever code runs): the whole deployment's
-- count is the sum of a row a group, a scope's that of its groups.
CREATE TABLE supervision_inspection_count (
    unit_id  bigint   PRIMARY KEY REFERENCES unit (id),
    n        integer  NOT NULL CHECK (n >= 0)
);

CREATE FUNCTION supervision_inspection_count_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.unit_id = NEW.unit_id THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE supervision_inspection_count SET n = n - 1 WHERE unit_id = OLD.unit_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO supervision_inspection_count (unit_id, n) VALUES (NEW.unit_id, 1)
        ON CONFLICT (unit_id) DO UPDATE SET n = supervision_inspection_count.n + 1;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER supervision_inspection_count_keep
    AFTER INSERT OR UPDATE OF unit_id OR DELETE ON supervision_inspection
    FOR EACH ROW EXECUTE FUNCTION supervision_inspection_count_keep();

-- the inspections there are now, under a lock that keeps writers out until the tally starts from them
LOCK TABLE supervision_inspection IN SHARE MODE;
INSERT INTO supervision_inspection_count (unit_id, n)
SELECT unit_id, count(*) FROM supervision_inspection GROUP BY unit_id;
