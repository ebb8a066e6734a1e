-- The activity log's reminders (ActivityReminders). :day is the day, :zone the deployment's time zone.
--
-- silent: the live groups whose last activity (withdrawn ones aside; for a group that never logged one, the day it
--   was made) lies 30 days back, or 37, 44… (every 7 more while silent), each probed on the activity's (group, date)
--   index; to the group's leader accounts and the leader accounts of the unit right above it (its sub-team)
-- unconfirmed: each object account (first secretary, contact) whose object has activities still waiting for its
--   word (the object's REPORTED, the activity not withdrawn) that are 7 days old or more (by the activity's date), on
--   a day one of them turns 7, 14, 21… days old; with how many are 7 days old or more

-- name: silent
select a.id, s.id, s.name, s.silent_days
from (select g.id, g.name, g.parent_id,
             :day - coalesce(l.last, (g.created_at at time zone :zone)::date) silent_days
      from unit g
      left join lateral (select max(v.occurred_on) last from activity v
                         where v.group_id = g.id and v.status <> 'WITHDRAWN') l on true
      where g.kind = 'GROUP' and not g.archived) s
join account a on a.enabled
     and ((a.role = 'GROUP_LEADER' and a.scope_unit_id = s.id)
       or (a.role = 'SUB_TEAM_LEADER' and a.scope_unit_id = s.parent_id))
where s.silent_days >= 30 and (s.silent_days - 30) % 7 = 0
order by s.id, a.id

-- name: unconfirmed
select a.id, w.object_id, o.name, count(*) filter (where w.waiting >= 7)
from (select ao.object_id,
             :day - v.occurred_on waiting
      from activity_object ao join activity v on v.id = ao.activity_id
      where ao.status = 'REPORTED' and v.status <> 'WITHDRAWN') w
join assisted_object o on o.id = w.object_id
join account a on a.scope_object_id = w.object_id and a.role = 'FIRST_SECRETARY' and a.enabled
group by a.id, w.object_id, o.name
having bool_or(w.waiting >= 7 and w.waiting % 7 = 0)
order by w.object_id, a.id
