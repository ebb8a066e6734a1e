-- The indicators of every group of the round for its year, from the record: activity_tally for the activities and
-- their results, the plan tasks with their actuals (the two placeholders are from TaskSql, the same SQL the plan lists
-- use, filled in by EvaluationQueries), the demands of the objects paired in the year, the projects past their
-- deadline, the group's inspections and findings of the year (due: closed, or open past their deadline on :asOf; on
-- time: closed by their deadline, as the monthly notification counts them). The stationed cadres' attendance is a
-- statement of its own (attendance.sql), on the attendance sheet's classification of days.
with g as (select e.group_id from evaluation_entry e where e.round_id = :round),
act as (
    select t.unit_id, sum(t.reported) reported, sum(t.confirmed) confirmed, sum(t.disputed) disputed,
           sum(t.funds_secured_confirmed) funds, sum(t.projects_introduced_confirmed) projects,
           sum(t.trainings_held_confirmed) trainings, sum(t.people_trained_confirmed) trained,
           sum(t.beneficiaries_confirmed) beneficiaries, sum(t.people_employed_confirmed) employed
    from activity_tally t
    where t.unit_id in (select group_id from g) and t.month between :from and :to
    group by t.unit_id),
tasks as (
    select p.group_id, t.kind, t.due_on, ${TaskSql.DONE_CONFIRMED} as done
    from plan_task t join annual_plan p on p.id = t.plan_id
    left join lateral (select 1 as x${TaskSql.SUMS} from activity a where a.task_id = t.id) s on true
    where not t.removed and p.year = :year and p.group_id in (select group_id from g)),
tk as (
    select group_id, count(*) planned, count(*) filter (where done) done,
           count(*) filter (where kind = 'KEY') key_planned,
           count(*) filter (where kind = 'KEY' and done) key_done,
           count(*) filter (where not done and due_on < :asOf) overdue
    from tasks group by group_id),
rel as (
    select distinct r.group_id, r.object_id from assistance_relationship r
    where r.group_id in (select group_id from g)
      and r.starts_on <= :to and coalesce(r.ended_on, r.ends_on) >= :from),
dm as (
    select rel.group_id,
           count(*) filter (where (d.created_at at time zone :zone)::date between :from and :to) received,
           count(*) filter (where (d.created_at at time zone :zone)::date between :from and :to
                            and d.status = 'RESOLVED') resolved,
           count(*) filter (where d.status not in ('DECLINED', 'RESOLVED', 'UNSOLVABLE')
                            and d.wanted_by < :asOf) overdue
    from rel join demand d on d.object_id = rel.object_id
    group by rel.group_id),
pj as (
    select p.group_id, count(*) overdue from project p
    where p.group_id in (select group_id from g) and p.status = 'ACTIVE' and p.deadline < :asOf
    group by p.group_id),
ins as (
    select i.unit_id group_id, count(*) inspections from supervision_inspection i
    where i.unit_id in (select group_id from g) and i.inspected_on between :from and :to
    group by i.unit_id),
fd as (
    select f.unit_id group_id, count(*) findings,
           count(*) filter (where f.status = 'CLOSED' or f.deadline < :asOf) due,
           count(*) filter (where f.status = 'CLOSED' and f.closed_on <= f.deadline) on_time
    from supervision_finding f
    where f.unit_id in (select group_id from g) and f.found_on between :from and :to
    group by f.unit_id)
select g.group_id, coalesce(tk.planned, 0), coalesce(tk.done, 0), coalesce(tk.key_planned, 0),
       coalesce(tk.key_done, 0), coalesce(act.reported, 0), coalesce(act.confirmed, 0),
       coalesce(act.disputed, 0), coalesce(act.funds, 0), coalesce(act.projects, 0),
       coalesce(act.trainings, 0), coalesce(act.trained, 0), coalesce(act.beneficiaries, 0),
       coalesce(act.employed, 0), coalesce(dm.received, 0), coalesce(dm.resolved, 0),
       coalesce(tk.overdue, 0) + coalesce(dm.overdue, 0) + coalesce(pj.overdue, 0),
       coalesce(ins.inspections, 0), coalesce(fd.findings, 0), coalesce(fd.due, 0), coalesce(fd.on_time, 0)
from g left join act on act.unit_id = g.group_id left join tk on tk.group_id = g.group_id
left join dm on dm.group_id = g.group_id left join pj on pj.group_id = g.group_id
left join ins on ins.group_id = g.group_id left join fd on fd.group_id = g.group_id
order by g.group_id
