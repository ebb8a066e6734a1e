-- One message to every enabled account of an audience (MessageDelivery): the head, then the audience's parts (each a
-- set of account ids, on the account's indexes) joined by "union", then the end. Each account is written once however
-- many parts hold it; the acting account never.
-- name: head
insert into message (account_id, kind, args, link, created_at, announcement_id)
select a.id, :kind, string_to_array(:args, :separator), :link, :at, :announcement
from account a
where a.enabled and lower(a.username) <> lower(:except) and a.id in (
-- name: user
select id from account where lower(username) = lower(:username)
-- name: unit
select id from account where scope_unit_id = :unit and role in (:unitRoles)
-- name: above
-- the sub-team leaders of the units on the path ("/1/4/9/": units 1, 4 and 9; a sub-team leader's unit is a sub-team)
select id from account where role = 'SUB_TEAM_LEADER' and scope_unit_id in (
    select cast(part as bigint) from unnest(string_to_array(trim(both '/' from :above), '/')) part)
-- name: object
select id from account where scope_object_id = :object
-- name: all
select id from account where role in (:underRoles)
-- name: under
select a.id from account a join unit u on u.id = a.scope_unit_id
where a.role in (:underRoles) and u.path like :underLike
-- name: paired
-- objects' accounts whose object is paired on the day with a group under the path
select id from account where role = 'FIRST_SECRETARY' and scope_object_id in (
    select r.object_id from assistance_relationship r join unit g on g.id = r.group_id
    where g.path like :pairedLike and r.starts_on <= :on and coalesce(r.ended_on, r.ends_on) >= :on)
-- name: end
)
