-- The findings not closed, by state and deadline with their group (issue 19): the to-do centre's counts on every
-- page (to verify, to rectify, overdue) and the dashboard's overdue figure read this small part of a province's
-- 300,000 findings from the index alone (docs/performance.md, "Supervision at province scale").
CREATE INDEX supervision_finding_unclosed_idx ON supervision_finding (status, deadline, unit_id)
    WHERE status <> 'CLOSED';
