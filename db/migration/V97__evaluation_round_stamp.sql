-- What a round's counts were last computed from (issue 25): counters per round, raised in the same transaction by every
-- statement that writes the round's entries, reviewers, scores or members, and row 0 for the team tree (a unit added,
-- moved, renamed, reordered, archived or deleted: the review screen's sub-team filter names them in the tree's order).
-- The review screen's tally (groups, self-assessed, scored, graded, members with the top grade — thirty thousand
-- member rows counted, 12 ms of PostgreSQL a page for a province's round) and its sub-team list (5 ms) are kept with
-- the sum of the round's counters and row 0, read before computing them (persistence/evaluation/KeptRoundFigures):
-- while the sum stays, nothing they read has been written since, and the kept values are what the statements would
-- give; any such write raises the sum and the next reader computes them again.
-- A row per round and slot, as todo_stamp's (V93): a transaction raises its slot's rows (xid % 64), so reviewers
-- scoring at once and a long computation of the round seldom meet on a row. Every raise takes the slot's row 0 first
-- (raised by 0 unless the tree was written), then its rounds in order: two transactions on the same slot queue on row
-- 0 and never wait crosswise (a deadlock), whatever rounds and tree writes they make in whatever statements.
-- Rows are never deleted (a sum that went back could meet a value kept under it).
CREATE TABLE evaluation_round_stamp (
    round_id bigint NOT NULL,
    slot     int    NOT NULL,
    n        bigint NOT NULL,
    CONSTRAINT evaluation_round_stamp_pk PRIMARY KEY (round_id, slot)
);

CREATE FUNCTION evaluation_round_touch(rounds bigint[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO evaluation_round_stamp (round_id, slot, n)
    SELECT r, (pg_current_xact_id()::text::bigint % 64)::int, CASE WHEN r = ANY (rounds) THEN 1 ELSE 0 END
    FROM (SELECT 0::bigint AS r UNION SELECT unnest(rounds)) x WHERE r IS NOT NULL ORDER BY r
    ON CONFLICT (round_id, slot) DO UPDATE SET n = evaluation_round_stamp.n + EXCLUDED.n;
$$;

-- a round's own rows: the rounds of the rows written (each transition table exists only in its event's trigger)
CREATE FUNCTION evaluation_round_raise() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        PERFORM evaluation_round_touch(ARRAY[0::bigint]);
    ELSIF TG_OP = 'INSERT' THEN
        PERFORM evaluation_round_touch(ARRAY(SELECT round_id FROM new_rows));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM evaluation_round_touch(ARRAY(SELECT round_id FROM old_rows));
    ELSE
        PERFORM evaluation_round_touch(ARRAY(SELECT round_id FROM new_rows UNION SELECT round_id FROM old_rows));
    END IF;
    RETURN NULL;
END;
$$;

-- the tree: row 0, when a statement wrote a unit (every round's sub-team list reads the tree)
CREATE FUNCTION evaluation_round_tree() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM evaluation_round_touch(ARRAY[0::bigint]);
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['evaluation_entry', 'evaluation_reviewer', 'evaluation_score', 'evaluation_member']
    LOOP
        EXECUTE format('CREATE TRIGGER evaluation_round_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows'
                || ' FOR EACH STATEMENT EXECUTE FUNCTION evaluation_round_raise()', t);
        EXECUTE format('CREATE TRIGGER evaluation_round_update AFTER UPDATE ON %I'
                || ' REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows'
                || ' FOR EACH STATEMENT EXECUTE FUNCTION evaluation_round_raise()', t);
        EXECUTE format('CREATE TRIGGER evaluation_round_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows'
                || ' FOR EACH STATEMENT EXECUTE FUNCTION evaluation_round_raise()', t);
        EXECUTE format('CREATE TRIGGER evaluation_round_truncate AFTER TRUNCATE ON %I'
                || ' FOR EACH STATEMENT EXECUTE FUNCTION evaluation_round_raise()', t);
    END LOOP;
END;
$$;

-- named to fire after the unit's todo_stamp_* triggers (a table's triggers fire in the order of their names), so a
-- tree write takes V93's slot row before this table's row 0, as every other writer of a to-do source does
CREATE TRIGGER tree_raises_evaluation_rounds AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON unit
    FOR EACH STATEMENT EXECUTE FUNCTION evaluation_round_tree();
