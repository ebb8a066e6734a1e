-- A stop's village: the projects on its demands running in the round's quarter
select p.id, p.title, p.starts_on as on_day, u.name as group_name
from project p
join demand d on d.id = p.demand_id
join unit u on u.id = p.group_id
where d.object_id = :object and p.starts_on <= :to and p.deadline >= :from
order by p.starts_on desc, p.id desc
limit :limit
