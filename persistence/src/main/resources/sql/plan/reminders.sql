-- The plan deadline's reminders (PlanReminders), on the days the rule fires (7 and 1 days before the deadline): the
-- leader accounts of every live group whose plan of the year is missing, a draft or given back (not handed in).
select a.id, g.id, g.name
from unit g
join account a on a.scope_unit_id = g.id and a.role = 'GROUP_LEADER' and a.enabled
left join annual_plan p on p.group_id = g.id and p.year = :year
where g.kind = 'GROUP' and not g.archived and (p.id is null or p.status in ('DRAFT', 'RETURNED'))
order by g.id, a.id
