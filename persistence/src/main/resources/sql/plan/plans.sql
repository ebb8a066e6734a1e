-- The plan list, its year's figures and the task list (JpaPlanSearchImpl), assembled by PlanQueries:
-- ${actual} and ${sums} are task-actual.sql's (${actual-confirmed}: the actual of the confirmed activities);
-- ${tasks} and ${task-rows} are the parts of those names; ${from} is the part from with the filter's conditions;
-- ${in-path}, ${with-kind} and ${open} are left out when the filter does not ask for them.
--
-- tasks: the tasks of the plans p with whether each is done
-- from: every live group, with its plan for the year if it has one
-- actuals: the tasks' actuals: the activities logged against each (withdrawn ones aside), the sum of its target
--   figure and that of the confirmed ones
-- task-rows: the year's live tasks in scope with each one's actual and whether it is done

-- name: tasks
select t.plan_id, t.done_on is not null or (t.target_figure is not null
       and coalesce(${actual}, 0) >= t.target_value) as done
from plan_task t
left join lateral (select 1 as x${sums} from activity a where a.task_id = t.id) s on true
where not t.removed

-- name: rows
with tasks as (${tasks} and t.plan_id in (select p.id from annual_plan p where p.year = :year))
select g.id, g.name, g.path, p.id plan_id, p.status, p.submitted_at,
       (select count(*) from tasks where tasks.plan_id = p.id),
       (select count(*) from tasks where tasks.plan_id = p.id and tasks.done)
${from}
order by g.tree_order limit :limit offset :offset

-- name: count
select count(*)
${from}

-- name: tally
with tasks as (${tasks} and t.plan_id in (select p.id from annual_plan p join unit g on g.id = p.group_id
                                          where p.year = :year and not g.archived ${in-path}))
select count(*), count(*) filter (where p.status = 'SUBMITTED'),
       count(*) filter (where p.status = 'APPROVED'),
       count(*) filter (where p.status is null or p.status in ('DRAFT', 'RETURNED')),
       (select count(*) from tasks), (select count(*) from tasks where done)
${from}

-- name: from
from unit g left join annual_plan p on p.group_id = g.id and p.year = :year
where g.kind = 'GROUP' and not g.archived

-- name: in-path
and g.path like :prefix

-- name: missing
and (p.id is null or p.status in ('DRAFT', 'RETURNED'))

-- name: with-status
and p.status = :status

-- name: actuals
select t.id, s.n, coalesce(${actual}, 0), coalesce(${actual-confirmed}, 0) from plan_task t
left join lateral (select count(*) filter (where a.status <> 'WITHDRAWN') n${sums}
                   from activity a where a.task_id = t.id) s on true
where t.id in (:ids)

-- name: task-rows
select * from (select t.id, p.id plan_id, g.name, t.kind, t.title, t.target_figure, t.target_value,
                      coalesce(${actual}, 0) actual, t.due_on, t.done_on is not null or (t.target_figure is not null
                      and coalesce(${actual}, 0) >= t.target_value) done, m.name owner, g.tree_order, t.id tid
               from plan_task t join annual_plan p on p.id = t.plan_id join unit g on g.id = p.group_id
               left join member m on m.id = t.owner_id
               left join lateral (select 1 as x${sums} from activity a where a.task_id = t.id) s on true
               where not t.removed and p.year = :year and not g.archived ${in-path} ${with-kind}) r ${open}

-- name: with-kind
and t.kind = :kind

-- name: open
where not r.done

-- name: task-page
${task-rows}
order by r.tree_order, r.kind desc, r.due_on, r.tid limit :limit offset :offset

-- name: task-count
select count(*) from (${task-rows}) c
