-- The evaluation deadline's reminders (EvaluationReminders): of the open rounds whose deadline is :d7 or :d1 (7 days
-- or 1 day ahead), what is not done yet.
--
-- self: each entry without a self-assessment, to its group's leader accounts
-- rating: each object account (first secretary, contact) with a group of the round paired with its object in the
--   round's year (as groups-paired-with.sql) that it has not rated, with how many
-- score: each reviewer of the round (not removed) with the groups it has not scored, with how many

-- name: self
select a.id, r.id, r.name, r.deadline, e.group_id, g.name
from evaluation_round r
join evaluation_entry e on e.round_id = r.id
join unit g on g.id = e.group_id
join account a on a.scope_unit_id = e.group_id and a.role = 'GROUP_LEADER' and a.enabled
where r.status = 'OPEN' and r.closed_at is null and r.deadline in (:d7, :d1) and e.self_assessed_at is null
order by r.id, e.group_id, a.id

-- name: rating
select a.id, r.id, r.name, r.deadline, o.id, o.name, count(distinct e.id)
from evaluation_round r
join evaluation_entry e on e.round_id = r.id
join assistance_relationship x on x.group_id = e.group_id and x.starts_on <= make_date(r.year, 12, 31)
     and coalesce(x.ended_on, x.ends_on) >= make_date(r.year, 1, 1)
join assisted_object o on o.id = x.object_id
join account a on a.scope_object_id = o.id and a.role = 'FIRST_SECRETARY' and a.enabled
where r.status = 'OPEN' and r.closed_at is null and r.deadline in (:d7, :d1)
  and not exists (select 1 from evaluation_rating t where t.entry_id = e.id and t.object_id = o.id)
group by a.id, r.id, r.name, r.deadline, o.id, o.name
order by r.id, o.id, a.id

-- name: score
select a.id, r.id, r.name, r.deadline, count(*)
from evaluation_round r
join evaluation_reviewer v on v.round_id = r.id and not v.removed
join account a on a.id = v.account_id and a.enabled
join evaluation_entry e on e.round_id = r.id
where r.status = 'OPEN' and r.closed_at is null and r.deadline in (:d7, :d1)
  and not exists (select 1 from evaluation_score s where s.entry_id = e.id and s.reviewer_id = a.id)
group by a.id, r.id, r.name, r.deadline
order by r.id, a.id
