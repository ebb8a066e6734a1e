-- V98's tally of inspections by group: a move to another group now takes the two groups' rows in the order of their
-- ids, as V90's and V99's tallies take theirs, so two inspections moved opposite ways at once do not wait for each
-- other in a circle (the application moves none; the trigger holds whatever code runs).
CREATE OR REPLACE FUNCTION supervision_inspection_count_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.unit_id = NEW.unit_id THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.unit_id < OLD.unit_id) THEN
        INSERT INTO supervision_inspection_count (unit_id, n) VALUES (NEW.unit_id, 1)
        ON CONFLICT (unit_id) DO UPDATE SET n = supervision_inspection_count.n + 1;
        IF TG_OP = 'UPDATE' THEN
            UPDATE supervision_inspection_count SET n = n - 1 WHERE unit_id = OLD.unit_id;
        END IF;
    ELSE
        UPDATE supervision_inspection_count SET n = n - 1 WHERE unit_id = OLD.unit_id;
        IF TG_OP = 'UPDATE' THEN
            INSERT INTO supervision_inspection_count (unit_id, n) VALUES (NEW.unit_id, 1)
            ON CONFLICT (unit_id) DO UPDATE SET n = supervision_inspection_count.n + 1;
        END IF;
    END IF;
    RETURN NULL;
END $$;
