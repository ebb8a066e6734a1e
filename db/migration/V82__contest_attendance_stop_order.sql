-- The number who took part in a round's observation (观摩人次, from the day's sign-in sheet), as the organiser records
-- it: the dashboard's participants figure adds it up. Null until recorded.
ALTER TABLE contest_round ADD COLUMN attendance integer CHECK (attendance BETWEEN 0 AND 100000);

-- A round's stops have one position each (two organisers adding a stop at the same moment numbered both alike):
-- any such pair is renumbered in the order it was added, then the pair is refused.
UPDATE contest_stop s
SET position = n.rn
FROM (SELECT id, row_number() OVER (PARTITION BY round_id ORDER BY position, id) AS rn FROM contest_stop) n
WHERE n.id = s.id AND s.position <> n.rn;
CREATE UNIQUE INDEX contest_stop_position_uq ON contest_stop (round_id, position);
DROP INDEX contest_stop_round_idx;
