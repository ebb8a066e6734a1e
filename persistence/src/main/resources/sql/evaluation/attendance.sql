-- The stationed cadres' attendance in an evaluation round (issue 18), each part appended to the attendance sheet's
-- `classified` days (sql/station/attendance.sql, one definition: a year's figures are its twelve sheets' sums).
-- classified's villages: those paired with a group under :prefix at some time in the year (:pairedOn–:pairedTo); a
-- group answers for a village's cadres on the days it was paired with the village (two pairings over one day count
-- it once). Parameters besides classified's: :round, :anyGroup/:group; for cadres also :from/:to and :asOf (the
-- findings against the cadre).

-- name: paired
, paired as (
    select distinct e.group_id, st.id as stationing_id, greatest(r.starts_on, :first) as from_day,
           least(coalesce(r.ended_on, r.ends_on), :last) as to_day
    from evaluation_entry e
    join assistance_relationship r on r.group_id = e.group_id
    join st on st.object_id = r.object_id
    where e.round_id = :round and (:anyGroup or e.group_id = :group)
      and r.starts_on <= :last and coalesce(r.ended_on, r.ends_on) >= :first
),
group_days as (
    select distinct p.group_id, c.stationing_id, c.day, c.kind
    from paired p join classified c on c.stationing_id = p.stationing_id and c.day between p.from_day and p.to_day
    where c.kind is not null
)

-- name: groups
-- Each group's days that count (present, away on duty), days due (present, doubtful, away, absent) and doubtful days.
select group_id,
       count(*) filter (where kind in ('PRESENT', 'AWAY')) as counted,
       count(*) filter (where kind in ('PRESENT', 'DOUBTFUL', 'AWAY', 'ABSENT')) as due,
       count(*) filter (where kind = 'DOUBTFUL') as doubtful
from group_days
group by group_id

-- name: cadres
-- A group's stationed cadres: each stationing's days of the year while paired with the group, and the group's
-- findings of the year naming the cadre (due and on time as the group's).
, with_cadres as (
    select stationing_id,
           count(*) filter (where kind = 'PRESENT') as present,
           count(*) filter (where kind = 'DOUBTFUL') as doubtful,
           count(*) filter (where kind = 'AWAY') as away,
           count(*) filter (where kind = 'LEAVE') as on_leave,
           count(*) filter (where kind = 'ABSENT') as absent
    from group_days group by stationing_id
)
select s.id as stationing_id, s.object_id, o.name as object_name, s.member_id, m.name as member_name, s.role,
       d.present, d.doubtful, d.away, d.on_leave, d.absent, f.findings, f.due, f.on_time
from with_cadres d
join stationing s on s.id = d.stationing_id
join assisted_object o on o.id = s.object_id
join member m on m.id = s.member_id
cross join lateral (
    select count(*) as findings,
           count(*) filter (where x.status = 'CLOSED' or x.deadline < :asOf) as due,
           count(*) filter (where x.status = 'CLOSED' and x.closed_on <= x.deadline) as on_time
    from supervision_finding x
    where x.member_id = s.member_id and x.unit_id = :group and x.found_on between :from and :to) f
order by o.name, s.object_id, s.role, m.name, s.id
