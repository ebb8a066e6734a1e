-- A round's day and its stops counted on the round itself (docs/performance.md, "The hot pages against the floor"): a
-- round is held on its first stop's day, and the contest list's period filter and the dashboard's contest figures
-- found that day with a look-up of the round's stops for every round of the province (20,000 rounds over ten years:
-- 124 ms a statement, two statements a dashboard). Kept exact by a trigger on every stop written, moved or deleted
-- (the application only adds stops; the trigger holds whatever code runs); a round without stops has no day and no
-- count, as before.
ALTER TABLE contest_round
    ADD COLUMN held_on date,
    ADD COLUMN stop_count integer NOT NULL DEFAULT 0 CHECK (stop_count >= 0);

-- An added stop can only bring the day earlier, and adds one on the round's current row. A moved or deleted one is
-- counted again from the round's stops (a handful, by contest_stop_position_uq), once the round's row is locked: the
-- recount is a statement of its own, so it sees every stop committed while it waited for the lock (a stop added
-- meanwhile holds the row until its transaction ends). A stop moved to another round locks both, the lower id first,
-- FOR NO KEY UPDATE: it does not wait on the key-share locks the stops' foreign key takes, so two moves the other way
-- round do not wait for each other in a circle.
CREATE FUNCTION contest_round_held_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE contest_round SET held_on = LEAST(held_on, NEW.visit_on), stop_count = stop_count + 1
         WHERE id = NEW.round_id;
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.round_id = NEW.round_id AND OLD.visit_on = NEW.visit_on THEN
        RETURN NULL;
    END IF;
    PERFORM 1 FROM contest_round
      WHERE id = OLD.round_id OR (TG_OP = 'UPDATE' AND id = NEW.round_id)
      ORDER BY id FOR NO KEY UPDATE;
    UPDATE contest_round r
       SET held_on = (SELECT min(s.visit_on) FROM contest_stop s WHERE s.round_id = r.id),
           stop_count = (SELECT count(*) FROM contest_stop s WHERE s.round_id = r.id)
     WHERE r.id = OLD.round_id OR (TG_OP = 'UPDATE' AND r.id = NEW.round_id);
    RETURN NULL;
END $$;

CREATE TRIGGER contest_round_held_keep
    AFTER INSERT OR UPDATE OF round_id, visit_on OR DELETE ON contest_stop
    FOR EACH ROW EXECUTE FUNCTION contest_round_held_keep();

-- the stops there are now, under a lock that keeps writers out until the trigger keeps the columns
LOCK TABLE contest_stop IN SHARE MODE;
UPDATE contest_round r SET held_on = s.first_day, stop_count = s.n
  FROM (SELECT round_id, min(visit_on) AS first_day, count(*) AS n FROM contest_stop GROUP BY round_id) s
 WHERE s.round_id = r.id;

-- the period's rounds by level, with what the dashboard sums, from the index alone
CREATE INDEX contest_round_held_idx ON contest_round (held_on, level) INCLUDE (attendance, stop_count, id)
    WHERE held_on IS NOT NULL;
