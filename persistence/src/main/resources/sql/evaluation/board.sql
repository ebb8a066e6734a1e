-- The review screen, assembled by JdbcEvaluationStore.board from these parts (see its comment for the shapes).

-- name: rows
-- A row b of the screen: the entry of a group, its indicators and ranks, its unit and sub-team.
select e.id entry_id, e.group_id, g.name group_name, g.path, p.name sub_team, i.score,
       i.tasks_planned, i.tasks_done, i.key_tasks_planned, i.key_tasks_done, i.activities_reported,
       i.activities_confirmed, i.activities_disputed, i.funds_secured, i.projects_introduced,
       i.trainings_held, i.people_trained, i.beneficiaries, i.people_employed, i.demands_received,
       i.demands_resolved, i.overdue, i.rank_score, i.rank_tasks, i.rank_key_tasks, i.rank_confirmed_share,
       i.rank_funds_secured, i.rank_projects_introduced, i.rank_trainings_held, i.rank_people_trained,
       i.rank_beneficiaries, i.rank_people_employed, i.rank_demands_resolved, i.rank_overdue, i.rank_disputed,
       i.attendance_counted, i.attendance_due, i.doubtful_days, i.inspections, i.findings, i.findings_due,
       i.findings_on_time, i.rank_attendance, i.rank_doubtful_checkins, i.rank_findings, i.rank_rectified_on_time,
       e.self_assessed_at is not null self_assessed, e.proposed_grade, e.grade
from evaluation_indicator i
join evaluation_entry e on e.round_id = i.round_id and e.group_id = i.group_id
join unit g on g.id = i.group_id left join unit p on p.id = g.parent_id

-- name: aggregates
-- Each row: its reviewers mean and count (a score counts while its reviewer is on the round), the own score of the
-- reader, its ratings average and count.
left join lateral (select round(avg(s.score), 2) mean, count(*) reviews,
                          max(s.score) filter (where s.reviewer_id = :me) mine
                   from evaluation_score s where s.entry_id = b.entry_id
                     and exists (select 1 from evaluation_reviewer v where v.round_id = s.round_id
                                 and v.account_id = s.reviewer_id and not v.removed)) sc on true
left join lateral (select round(avg(x.rating), 2) average, count(*) ratings
                   from evaluation_rating x where x.entry_id = b.entry_id) ra on true

-- name: within
and g.path like :within

-- name: subTeam
and g.path like (select u.path from unit u where u.id = :subTeam) || '%'

-- name: grade
and e.grade = :grade

-- name: groupName
and g.name ilike :name

-- name: noSelfAssessment
and e.self_assessed_at is null

-- name: unscored
-- Not scored by the reader: an anti-join on the few scores of the reader, on the indicators x alone when unjoined.
and not exists (select 1 from evaluation_score s join evaluation_entry se on se.id = s.entry_id
                where se.round_id = x.round_id and se.group_id = x.group_id and s.reviewer_id = :me)

-- name: roundIndicators
-- The indicators of the round: the page cut from them alone, or their count, when no filter joins.
select * from evaluation_indicator x where x.round_id = :round

-- name: roundCount
select count(*) from evaluation_indicator x where x.round_id = :round
