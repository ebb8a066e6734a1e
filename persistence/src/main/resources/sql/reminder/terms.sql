-- Terms ending (TermEndingReminders): the active pairings whose term ends on :d30 or :d7 (30 or 7 days ahead), to
-- the group's leader accounts. A term renewed or ended is no longer active and is left out.
select a.id, x.id, g.name, o.name, x.ends_on
from assistance_relationship x
join unit g on g.id = x.group_id and not g.archived
join assisted_object o on o.id = x.object_id
join account a on a.scope_unit_id = x.group_id and a.role = 'GROUP_LEADER' and a.enabled
where x.status = 'ACTIVE' and x.ends_on in (:d30, :d7)
order by x.id, a.id
