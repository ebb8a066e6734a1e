-- The review screen's ranks, stored with the indicators (V26): each group's rank in its round on the indicator score
-- and on each indicator (1 = best; equal values share a rank; penalties rank the fewest first; null where the
-- indicator does not apply), computed when the indicators are (EvaluationService, IndicatorScoring.rank), so that a
-- page of the screen orders by a stored column instead of ranking 3,000 groups on thirteen columns a request.
ALTER TABLE evaluation_indicator
    ADD COLUMN rank_score               integer,
    ADD COLUMN rank_tasks               integer,
    ADD COLUMN rank_key_tasks           integer,
    ADD COLUMN rank_confirmed_share     integer,
    ADD COLUMN rank_funds_secured       integer,
    ADD COLUMN rank_projects_introduced integer,
    ADD COLUMN rank_trainings_held      integer,
    ADD COLUMN rank_people_trained      integer,
    ADD COLUMN rank_beneficiaries       integer,
    ADD COLUMN rank_people_employed     integer,
    ADD COLUMN rank_demands_resolved    integer,
    ADD COLUMN rank_overdue             integer,
    ADD COLUMN rank_disputed            integer;

-- the rounds computed before this migration: their ranks from their stored indicators (derived figures, not results:
-- the lock of published rounds is lifted for this statement only)
ALTER TABLE evaluation_indicator DISABLE TRIGGER evaluation_indicator_locked;
UPDATE evaluation_indicator t SET
    rank_score = x.rank_score, rank_tasks = x.rank_tasks, rank_key_tasks = x.rank_key_tasks,
    rank_confirmed_share = x.rank_confirmed_share, rank_funds_secured = x.rank_funds_secured,
    rank_projects_introduced = x.rank_projects_introduced, rank_trainings_held = x.rank_trainings_held,
    rank_people_trained = x.rank_people_trained, rank_beneficiaries = x.rank_beneficiaries,
    rank_people_employed = x.rank_people_employed, rank_demands_resolved = x.rank_demands_resolved,
    rank_overdue = x.rank_overdue, rank_disputed = x.rank_disputed
FROM (
    SELECT round_id, group_id,
        rank() OVER (PARTITION BY round_id ORDER BY score DESC) rank_score,
        rank() OVER (PARTITION BY round_id ORDER BY CASE WHEN tasks_planned = 0 THEN 0
            ELSE round(tasks_done::numeric / tasks_planned, 4) END DESC) rank_tasks,
        CASE WHEN key_tasks_planned = 0 THEN NULL ELSE rank() OVER (PARTITION BY round_id, key_tasks_planned = 0
            ORDER BY round(key_tasks_done::numeric / nullif(key_tasks_planned, 0), 4) DESC) END rank_key_tasks,
        rank() OVER (PARTITION BY round_id ORDER BY CASE WHEN activities_reported = 0 THEN 0
            ELSE round(activities_confirmed::numeric / activities_reported, 4) END DESC) rank_confirmed_share,
        rank() OVER (PARTITION BY round_id ORDER BY funds_secured DESC) rank_funds_secured,
        rank() OVER (PARTITION BY round_id ORDER BY projects_introduced DESC) rank_projects_introduced,
        rank() OVER (PARTITION BY round_id ORDER BY trainings_held DESC) rank_trainings_held,
        rank() OVER (PARTITION BY round_id ORDER BY people_trained DESC) rank_people_trained,
        rank() OVER (PARTITION BY round_id ORDER BY beneficiaries DESC) rank_beneficiaries,
        rank() OVER (PARTITION BY round_id ORDER BY people_employed DESC) rank_people_employed,
        CASE WHEN demands_received = 0 THEN NULL ELSE rank() OVER (PARTITION BY round_id, demands_received = 0
            ORDER BY round(demands_resolved::numeric / nullif(demands_received, 0), 4) DESC) END rank_demands_resolved,
        rank() OVER (PARTITION BY round_id ORDER BY overdue) rank_overdue,
        rank() OVER (PARTITION BY round_id ORDER BY activities_disputed) rank_disputed
    FROM evaluation_indicator
) x
WHERE t.round_id = x.round_id AND t.group_id = x.group_id;
ALTER TABLE evaluation_indicator ENABLE TRIGGER evaluation_indicator_locked;

-- the review screen's first page, by score (rank 1 first), read in index order
CREATE INDEX evaluation_indicator_rank_idx ON evaluation_indicator (round_id, rank_score, group_id);
-- the members given a grade of their own (few): the round's counts of the top grade
CREATE INDEX evaluation_member_graded_idx ON evaluation_member (round_id, grade) WHERE grade IS NOT NULL;
