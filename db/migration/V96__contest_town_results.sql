-- The year end's towns (JpaContestRounds.TOWNS): the organising units of a year's published town contests, read
-- from this index alone (an index-only scan of the year's entries) instead of every round of the year from the table
-- to test its level and status.
CREATE INDEX contest_round_town_results_idx ON contest_round (year, unit_id)
    WHERE level = 'TOWN' AND status = 'PUBLISHED';

