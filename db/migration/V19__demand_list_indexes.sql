-- The demand list's figures (DemandTally) are one pass grouped by status and lateness: with no other filter, or
-- filtered by status (the open ones, the overdue ones), an index-only scan of this index rather than of the table.
CREATE INDEX demand_tally_idx ON demand (status, wanted_by);
