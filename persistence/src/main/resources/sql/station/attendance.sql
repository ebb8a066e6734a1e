-- The monthly attendance sheet (issue 18 part 2), counted from the check-ins and the approved absences: every day
-- of every stationing whose term touches the month is classified once (`classified`), and both the sheet's figures
-- and a figure's list of days read that classification, so they agree. Parameters: :first, :last (the month),
-- :today (a working day is absent once it is over; leave and away count up to today), :everywhere/:prefix/:pairedOn/
-- :pairedTo (the villages paired with a group under the prefix at some time in those days: the sheet gives one day,
-- the evaluation its year), :anyMember/:memberId, :anyObject/:objectId, :anyStationing/:stationingId; the sheet's
-- :anyAbsence false keeps only the lines with an absent day (the missing check-ins).

-- name: classified
with st as (
    select s.id, s.object_id, s.member_id, s.role, s.starts_on, s.ends_on, s.subsidy_per_day
    from stationing s
    where s.starts_on <= :last and (s.ends_on is null or s.ends_on >= :first)
      and (:anyObject or s.object_id = :objectId)
      and (:anyMember or s.member_id = :memberId)
      and (:anyStationing or s.id = :stationingId)
      and (:everywhere or exists (select 1 from assistance_relationship r join unit g on g.id = r.group_id
                                  where r.object_id = s.object_id and g.path like :prefix || '%'
                                    and r.starts_on <= :pairedTo and r.ends_on >= :pairedOn
                                    and (r.ended_on is null or r.ended_on >= :pairedOn)))
),
absent_days as (
    -- one row a day: two approved requests over one day (saved at the same moment) must not count it twice
    select distinct on (a.stationing_id, g.day) a.stationing_id, g.day::date as day, a.kind, a.id as absence_id
    from station_absence a
    join st on st.id = a.stationing_id
    cross join generate_series(greatest(a.starts_on, :first)::timestamp,
                               least(coalesce(a.back_on, a.ends_on), :last)::timestamp, interval '1 day') g(day)
    where a.status = 'APPROVED' and a.starts_on <= :last and coalesce(a.back_on, a.ends_on) >= :first
    order by a.stationing_id, g.day, a.id
),
-- the stationings' check-ins of the month, read by (stationing, day) one stationing at a time; materialized: inlined,
-- the planner takes the month's generated days for 1,000 a stationing and merges the whole check-in table (3.3 million
-- rows, 33 s for a city's thousand cadres, docs/performance.md) instead
month_checkins as materialized (
    select c.id, c.stationing_id, c.day, c.checked_at, c.doubts
    from st join station_checkin c on c.stationing_id = st.id and c.day between :first and :last
),
classified as (
    select st.id as stationing_id, d.day::date as day, c.id as checkin_id, c.checked_at, c.doubts,
           w.absence_id,
           -- a check-in counts whatever the day; leave and away count working days that have come (a week's leave
           -- is five days away from the village, not seven, and a day away next week is not paid this week); a
           -- working day is absent once it is over (today may still bring its check-in)
           case when c.id is not null and c.doubts = '' then 'PRESENT'
                when c.id is not null then 'DOUBTFUL'
                when extract(isodow from d.day) >= 6 then null
                when w.kind = 'AWAY' and d.day::date <= :today then 'AWAY'
                when w.kind = 'LEAVE' and d.day::date <= :today then 'LEAVE'
                when w.kind is null and d.day::date < :today then 'ABSENT'
           end as kind
    from st
    cross join generate_series(greatest(st.starts_on, :first)::timestamp,
                               least(coalesce(st.ends_on, :last), :last)::timestamp, interval '1 day') d(day)
    left join month_checkins c on c.stationing_id = st.id and c.day = d.day::date
    left join absent_days w on w.stationing_id = st.id and w.day = d.day::date
)

-- name: sheet
, figures as (
    select stationing_id,
           count(*) filter (where kind = 'PRESENT') as present,
           count(*) filter (where kind = 'DOUBTFUL') as doubtful,
           count(*) filter (where kind = 'AWAY') as away,
           count(*) filter (where kind = 'LEAVE') as on_leave,
           count(*) filter (where kind = 'ABSENT') as absent
    from classified group by stationing_id
),
villages as (
    select st.object_id,
           string_agg(st.id || ':' || f.present || '/' || f.doubtful || '/' || f.away || '/' || f.on_leave || '/'
                      || f.absent, ';' order by st.id) as figures
    from st join figures f on f.stationing_id = st.id
    group by st.object_id
)
select st.id as stationing_id, st.object_id, o.name as object_name, st.member_id, m.name as member_name, st.role,
       st.subsidy_per_day, f.present, f.doubtful, f.away, f.on_leave, f.absent,
       p.approved_by, p.approved_at, p.figures as approved_figures, v.figures as village_figures,
       count(*) over () as total
from st
join figures f on f.stationing_id = st.id
join villages v on v.object_id = st.object_id
join assisted_object o on o.id = st.object_id
join member m on m.id = st.member_id
left join station_attendance_approval p on p.object_id = st.object_id and p.month = :first
where (:anyAbsence or f.absent > 0)
order by o.name, o.id, st.role, m.name, st.id
limit :limit offset :offset

-- name: totals
-- the sheet's days summed over all its lines (every page; :anyAbsence as the sheet's): its total line and the
-- dashboard's attendance rate
select count(*) filter (where kind = 'PRESENT') as present,
       count(*) filter (where kind = 'DOUBTFUL') as doubtful,
       count(*) filter (where kind = 'AWAY') as away,
       count(*) filter (where kind = 'LEAVE') as on_leave,
       count(*) filter (where kind = 'ABSENT') as absent
from classified
where :anyAbsence or stationing_id in (select stationing_id from classified where kind = 'ABSENT')

-- name: days
select day, kind, checkin_id, checked_at, doubts, absence_id
from classified
where kind is not null and (:anyKind or kind = :kind)
order by day
