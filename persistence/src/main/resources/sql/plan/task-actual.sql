-- How a task's actual is summed (TaskSql), shared by the plan lists and the evaluation's indicators.
-- actual: the sum of the task's target figure, read from the columns of
--   left join lateral (select 1 as x ${sums} from activity a where a.task_id = t.id) s
-- sums: per figure (in the order of Figure), the sum over the activities not withdrawn and, c_ prefixed, over the
--   confirmed ones; each line starts with its comma, as the columns follow another one.
-- done: marked so, or the actual reaching the target.

-- name: actual
case t.target_figure
     when 'FUNDS_SECURED' then s.funds_secured
     when 'PROJECTS_INTRODUCED' then s.projects_introduced
     when 'TECHNOLOGIES_PROMOTED' then s.technologies_promoted
     when 'TRAININGS_HELD' then s.trainings_held
     when 'PEOPLE_TRAINED' then s.people_trained
     when 'BENEFICIARIES' then s.beneficiaries
     when 'PEOPLE_EMPLOYED' then s.people_employed
     when 'PRODUCE_SOLD' then s.produce_sold
     when 'DONATIONS' then s.donations
     when 'PATIENTS_SEEN' then s.patients_seen
end

-- name: sums
, sum(a.funds_secured) filter (where a.status <> 'WITHDRAWN') funds_secured, sum(a.funds_secured) filter (where a.status = 'CONFIRMED') c_funds_secured
, sum(a.projects_introduced) filter (where a.status <> 'WITHDRAWN') projects_introduced, sum(a.projects_introduced) filter (where a.status = 'CONFIRMED') c_projects_introduced
, sum(a.technologies_promoted) filter (where a.status <> 'WITHDRAWN') technologies_promoted, sum(a.technologies_promoted) filter (where a.status = 'CONFIRMED') c_technologies_promoted
, sum(a.trainings_held) filter (where a.status <> 'WITHDRAWN') trainings_held, sum(a.trainings_held) filter (where a.status = 'CONFIRMED') c_trainings_held
, sum(a.people_trained) filter (where a.status <> 'WITHDRAWN') people_trained, sum(a.people_trained) filter (where a.status = 'CONFIRMED') c_people_trained
, sum(a.beneficiaries) filter (where a.status <> 'WITHDRAWN') beneficiaries, sum(a.beneficiaries) filter (where a.status = 'CONFIRMED') c_beneficiaries
, sum(a.people_employed) filter (where a.status <> 'WITHDRAWN') people_employed, sum(a.people_employed) filter (where a.status = 'CONFIRMED') c_people_employed
, sum(a.produce_sold) filter (where a.status <> 'WITHDRAWN') produce_sold, sum(a.produce_sold) filter (where a.status = 'CONFIRMED') c_produce_sold
, sum(a.donations) filter (where a.status <> 'WITHDRAWN') donations, sum(a.donations) filter (where a.status = 'CONFIRMED') c_donations
, sum(a.patients_seen) filter (where a.status <> 'WITHDRAWN') patients_seen, sum(a.patients_seen) filter (where a.status = 'CONFIRMED') c_patients_seen

-- name: done
(t.done_on is not null or (t.target_figure is not null and coalesce(${actual}, 0) >= t.target_value))
