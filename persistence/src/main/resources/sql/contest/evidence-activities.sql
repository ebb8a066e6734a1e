-- A stop's village: its activities in the round's quarter (not withdrawn), newest first
select a.id, a.title, a.occurred_on as on_day, u.name as group_name
from activity_object ao
join activity a on a.id = ao.activity_id
join unit u on u.id = a.group_id
where ao.object_id = :object and a.occurred_on between :from and :to and a.status <> 'WITHDRAWN'
order by a.occurred_on desc, a.id desc
limit :limit
