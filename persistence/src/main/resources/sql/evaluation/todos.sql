-- The evaluation's to-dos (JdbcEvaluationStore.todos): per open round still taking input on :today (open, its
-- deadline not passed), its id, deadline and how many things are due. Each counts what the page it links lists.

-- name: selfAssessments
-- A group leader's group not yet self-assessed (the entry's page, /evaluations/{round}/groups/{group}).
select r.id, r.deadline, 1 from evaluation_entry e join evaluation_round r on r.id = e.round_id
where e.group_id = :group and e.self_assessed_at is null and r.status = 'OPEN' and r.deadline >= :today
order by r.deadline, r.id

-- name: ratings
-- A village's groups paired with it in the round's year and not yet rated by it (its ratings page, which lists the
-- same groups: groups-paired-with.sql), per round.
select r.id, r.deadline, count(distinct e.id) from evaluation_round r
join evaluation_entry e on e.round_id = r.id
join assistance_relationship a on a.group_id = e.group_id
where r.status = 'OPEN' and r.deadline >= :today and a.object_id = :object
  and a.starts_on <= make_date(r.year, 12, 31) and coalesce(a.ended_on, a.ends_on) >= make_date(r.year, 1, 1)
  and not exists (select 1 from evaluation_rating x where x.entry_id = e.id and x.object_id = :object)
group by r.id, r.deadline
order by r.deadline, r.id

-- name: scores
-- A reviewer's groups not yet scored by them in the rounds naming them (the review screen's rows with ?unscored=true:
-- the round's indicators without the reader's score, board.sql's unscored).
select r.id, r.deadline, count(*) from evaluation_reviewer v join evaluation_round r on r.id = v.round_id
join evaluation_indicator x on x.round_id = r.id
where v.account_id = :me and not v.removed and r.status = 'OPEN' and r.deadline >= :today
  and not exists (select 1 from evaluation_score s join evaluation_entry se on se.id = s.entry_id
                  where se.round_id = x.round_id and se.group_id = x.group_id and s.reviewer_id = :me)
group by r.id, r.deadline
order by r.deadline, r.id
