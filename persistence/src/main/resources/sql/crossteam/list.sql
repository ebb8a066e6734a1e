-- The cross-town teams a reader finds (CrossTeamAccess.reach): by the team's unit (a path prefix), by the reader's own
-- part in it (leader, deputy, member) or — a sub-team leader — by a member with a current membership under the
-- sub-team. The figures are the team page's: current members, towns served, activities of the team's year not
-- withdrawn, the allocation and what the entries not cancelled spent.
-- Each statement below follows `found` (JpaCrossTeamSearchImpl joins them): the teams the reader finds, one
-- definition for the list, its count and both exports.
-- name: found
with found as (
    select t.id from cross_team t join unit u on u.id = t.unit_id
    where not t.archived
      and (cast(:year as integer) is null or t.year = cast(:year as integer))
      and ((cast(:prefix as varchar) is not null and u.path like cast(:prefix as varchar) || '%')
           or (cast(:memberId as bigint) is not null
               and (t.leader_id = cast(:memberId as bigint) or t.deputy_id = cast(:memberId as bigint)
                    or exists (select 1 from cross_team_member m where m.team_id = t.id and not m.removed
                               and m.member_id = cast(:memberId as bigint))))
           or (cast(:sub as varchar) is not null
               and exists (select 1 from cross_team_member m
                           join membership s on s.member_id = m.member_id and s.left_on is null
                           join unit su on su.id = s.unit_id
                           where m.team_id = t.id and not m.removed and su.path like cast(:sub as varchar) || '%')))
)
-- name: count
select count(*) from found
-- name: page
-- The page's teams sorted and cut first, their leaders' names and figures read for those 20 only; each row carries
-- the number of teams found (one statement for the list: `count` only for a page past the last).
select t.id, t.name, t.field, t.year, t.allocation, l.name as leader_name, d.name as deputy_name,
       (select count(*) from cross_team_member m where m.team_id = t.id and not m.removed) as members,
       (select count(*) from cross_team_town w where w.team_id = t.id and not w.removed) as towns,
       (select count(*) from activity a where a.cross_team_id = t.id and a.status <> 'WITHDRAWN'
          and a.occurred_on between make_date(t.year, 1, 1) and make_date(t.year, 12, 31)) as activities,
       coalesce((select sum(s.amount) from cross_team_spending s where s.team_id = t.id and not s.cancelled), 0)
           as spent,
       t.total
from (select t.*, count(*) over () as total from found f join cross_team t on t.id = f.id
      order by t.year desc, t.name, t.id
      limit :limit offset :offset) t
join member l on l.id = t.leader_id
left join member d on d.id = t.deputy_id
order by t.year desc, t.name, t.id
-- name: sheet
-- The list's export in the import's columns (ImportKind.CROSS_TEAMS): the unit as its path of names (each name of
-- the path by its primary key), leader and deputy with their mobiles, the towns served by name.
select t.name, t.year, t.field, t.allocation, t.days_min, t.days_max,
       (select string_agg(pu.name, '/' order by pu.depth) from unit pu
        where pu.id = any(cast(string_to_array(trim(both '/' from u.path), '/') as bigint[]))) as unit_path,
       l.name as leader_name, l.mobile as leader_mobile, d.name as deputy_name, d.mobile as deputy_mobile,
       (select string_agg(r.name, '、' order by r.name, r.id) from cross_team_town w join region r on r.id = w.region_id
        where w.team_id = t.id and not w.removed) as towns
from found f join cross_team t on t.id = f.id
join unit u on u.id = t.unit_id
join member l on l.id = t.leader_id
left join member d on d.id = t.deputy_id
order by t.year desc, t.name, t.id
limit :limit offset :offset
-- name: members-count
-- The current members of the teams the reader finds (the members export, ImportKind.CROSS_TEAM_MEMBERS).
select count(*)
from found f join cross_team_member c on c.team_id = f.id and not c.removed
-- name: members-page
select t.name as team_name, t.year, m.name, m.mobile
from found f join cross_team t on t.id = f.id
join cross_team_member c on c.team_id = t.id and not c.removed
join member m on m.id = c.member_id
order by t.year desc, t.name, t.id, m.name, m.id
limit :limit offset :offset
