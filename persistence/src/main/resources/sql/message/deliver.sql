-- One message to every enabled account of an audience (MessageDelivery): the head, then the audience's parts joined
-- by "or", then the end. Each account is selected once however many parts it meets; the acting account never.
-- name: head
insert into message (account_id, kind, args, link, created_at, announcement_id)
select a.id, :kind, string_to_array(:args, :separator), :link, :at, :announcement
from account a left join unit u on u.id = a.scope_unit_id
where a.enabled and a.username <> :except and (
-- name: user
a.username = :username
-- name: unit
(a.scope_unit_id = :unit and a.role in (:unitRoles))
-- name: above
-- the sub-team leaders of the units above the path (the group's sub-team, and one it is nested in)
(a.role = 'SUB_TEAM_LEADER' and starts_with(:above, u.path) and u.path <> :above)
-- name: object
a.scope_object_id = :object
-- name: under
(a.role in (:underRoles) and (:under = '' or starts_with(u.path, :under)))
-- name: paired
-- objects' accounts whose object is paired on the day with a group under the path
(a.role = 'FIRST_SECRETARY' and exists (
    select 1 from assistance_relationship r join unit g on g.id = r.group_id
    where r.object_id = a.scope_object_id and starts_with(g.path, :paired)
      and r.starts_on <= :on and coalesce(r.ended_on, r.ends_on) >= :on))
-- name: end
)
