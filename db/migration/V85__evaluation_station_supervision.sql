-- The evaluation's indicators from the stationed cadres' attendance and from supervision (issues 18 and 19): per
-- group of a round, the days of its villages' stationed cadres that count (present, away on duty) and the days due
-- (present, doubtful, away, absent: the attendance sheet's classification, summed over the year), the doubtful
-- check-in days, the group's inspections and findings of the year, the findings due (closed, or open past their
-- deadline) and those closed by their deadline; with the four indicators' ranks. Rounds computed before this
-- migration keep 0 (their weights give these indicators none) until computed again.
ALTER TABLE evaluation_indicator
    ADD COLUMN attendance_counted       integer NOT NULL DEFAULT 0,
    ADD COLUMN attendance_due           integer NOT NULL DEFAULT 0,
    ADD COLUMN doubtful_days            integer NOT NULL DEFAULT 0,
    ADD COLUMN inspections              integer NOT NULL DEFAULT 0,
    ADD COLUMN findings                 integer NOT NULL DEFAULT 0,
    ADD COLUMN findings_due             integer NOT NULL DEFAULT 0,
    ADD COLUMN findings_on_time         integer NOT NULL DEFAULT 0,
    ADD COLUMN rank_attendance          integer,
    ADD COLUMN rank_doubtful_checkins   integer,
    ADD COLUMN rank_findings            integer,
    ADD COLUMN rank_rectified_on_time   integer;

