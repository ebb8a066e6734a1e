-- The reminders sent (V35), read by JdbcReminderStore.
--
-- store: the day's reminders, given as parallel arrays (account, subject, kind, args joined by U+001F, link), in one
--   statement; a reminder of the same account, subject and day already stored is left out (the unique index), and
--   only the rows inserted now come back
-- recipients: the accounts' names and their members' mobiles
-- outcome: the channel's answer on one reminder (batched)
-- from: the list's rows, to the accounts the path prefix covers as the accounts list does (a unit under it, or an
--   object's account), with ${day} and ${kind} where the filters go; count and rows put it in ${from}

-- name: store
insert into reminder (account_id, subject, day, kind, args, link, created_at, outcome)
select d.account_id, d.subject, ?, d.kind, string_to_array(d.args, chr(31)), d.link, ?, 'PENDING'
from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[]) as d(account_id, subject, kind, args, link)
on conflict (account_id, subject, day) do nothing
returning id, account_id, subject

-- name: recipients
select a.id, a.display_name, m.mobile from account a left join member m on m.id = a.member_id
where a.id = any(?::bigint[])

-- name: outcome
update reminder set outcome = ?, channel = ?, reason = ?, sent_at = ? where id = ?

-- name: from
from reminder r join account a on a.id = r.account_id left join unit u on u.id = a.scope_unit_id
where (:prefix = '' or u.path like :like
       or a.scope_object_id is not null and exists (
           select 1 from assistance_relationship p join unit g on g.id = p.group_id
           where p.object_id = a.scope_object_id and g.path like :like)) ${day} ${kind}

-- name: day
and r.day = :day

-- name: kind
and r.kind = :kind

-- name: count
select count(*) ${from}

-- name: rows
select r.id, r.day, r.created_at, r.kind, r.args, r.link, r.account_id, a.display_name, a.username, r.outcome,
       r.channel, r.reason, r.sent_at
${from}
order by r.day desc, r.id desc
limit :limit offset :offset
