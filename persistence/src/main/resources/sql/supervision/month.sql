-- The month's supervision figures under a path (JdbcSupervisionFigures): :prefix the path ('' everything), :from and
-- :until the month's first day and the next month's first day, :today the day counted (overdue: not closed and the
-- deadline before it).
--
-- totals: inspections in the month, findings found in the month, those closed on or before their deadline, the
--   findings overdue today (any month's), measures decided in the month on members with a membership under the path
-- items: the month's findings by checklist item name ('' without an item), most first
-- groups: each group with findings in the month or overdue ones, by sub-team and name

-- name: totals
select (select count(*) from supervision_inspection i join unit u on u.id = i.unit_id
        where u.path like :prefix || '%' and i.inspected_on >= :from and i.inspected_on < :until),
       (select count(*) from supervision_finding f join unit u on u.id = f.unit_id
        where u.path like :prefix || '%' and f.found_on >= :from and f.found_on < :until),
       (select count(*) from supervision_finding f join unit u on u.id = f.unit_id
        where u.path like :prefix || '%' and f.found_on >= :from and f.found_on < :until
          and f.status = 'CLOSED' and f.closed_on <= f.deadline),
       (select count(*) from supervision_finding f join unit u on u.id = f.unit_id
        where u.path like :prefix || '%' and f.status <> 'CLOSED' and f.deadline < :today),
       (select count(*) from supervision_measure m
        where m.decided_on >= :from and m.decided_on < :until
          and exists (select 1 from membership s join unit u on u.id = s.unit_id
                      where s.member_id = m.member_id and u.path like :prefix || '%'))

-- name: items
select coalesce(it.name, '') as name, count(*) as findings,
       count(*) filter (where f.status = 'CLOSED' and f.closed_on <= f.deadline) as on_time,
       count(*) filter (where f.status <> 'CLOSED' and f.deadline < :today) as overdue
from supervision_finding f join unit u on u.id = f.unit_id left join supervision_item it on it.id = f.item_id
where u.path like :prefix || '%' and f.found_on >= :from and f.found_on < :until
group by coalesce(it.name, '')
order by count(*) desc, 1

-- name: groups
select u.id, u.name, p.name,
       count(*) filter (where f.found_on >= :from and f.found_on < :until) as findings,
       count(*) filter (where f.found_on >= :from and f.found_on < :until
                          and f.status = 'CLOSED' and f.closed_on <= f.deadline) as on_time,
       count(*) filter (where f.status <> 'CLOSED' and f.deadline < :today) as overdue
from supervision_finding f join unit u on u.id = f.unit_id left join unit p on p.id = u.parent_id
where u.path like :prefix || '%'
  and ((f.found_on >= :from and f.found_on < :until) or (f.status <> 'CLOSED' and f.deadline < :today))
group by u.id, u.name, p.name, u.tree_order
order by u.tree_order
