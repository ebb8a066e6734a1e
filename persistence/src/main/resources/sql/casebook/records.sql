-- The records a case's figure may cite, as the author's picker lists them: inside the scope's path (:prefix, "%" for
-- the whole deployment) — an activity or project by its group, a demand by a group paired with its village — whose
-- title contains the text (:text, a lowered LIKE pattern), newest first, at most :limit. Withdrawn activities cite
-- nothing (their figures are not counted). A demand's day is the day it was raised in the deployment's zone (:zone).
-- name: ACTIVITY
select a.id, a.title, u.name as place, a.occurred_on as day
from activity a join unit u on u.id = a.group_id
where u.path like :prefix and a.status <> 'WITHDRAWN' and lower(a.title) like :text
order by a.occurred_on desc, a.id desc
limit :limit
-- name: PROJECT
select p.id, p.title, u.name as place, p.starts_on as day
from project p join unit u on u.id = p.group_id
where u.path like :prefix and lower(p.title) like :text
order by p.starts_on desc, p.id desc
limit :limit
-- name: DEMAND
select d.id, d.title, o.name as place, (d.created_at at time zone :zone)::date as day
from demand d join assisted_object o on o.id = d.object_id
where lower(d.title) like :text
  and (:prefix = '%' or exists (select 1 from assistance_relationship r join unit u on u.id = r.group_id
                                where r.object_id = d.object_id and u.path like :prefix))
order by d.created_at desc, d.id desc
limit :limit
