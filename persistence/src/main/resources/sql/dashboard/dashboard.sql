-- The dashboard's reads (JdbcDashboardStore), read by DashboardQueries.
--
-- sums: the columns summed over activity_tally t (V22): the counts, then per figure, in the order of Figure, the
--   reported and the confirmed sum; put where a statement says ${sums}
-- trend: a scope's months: a dozen rows of activity_tally per root unit and year
-- by-unit: the root units' children, each with its tallies of the period
-- paired-objects: the objects, chains and relationships in force on the day (started, not past their end date, not
--   ended before it: the same test as Relationship.stateOn and the relationship list's CURRENT on that day)
-- silent-groups: the first silent groups (no activity, withdrawn ones aside, since the day; each probed on the
--   activity's (group, date, id) index) with how many there are in all (counted before the limit), then each
--   one's leader

-- name: sums
sum(t.reported), sum(t.confirmed), sum(t.disputed),
sum(t.funds_secured_reported), sum(t.funds_secured_confirmed),
sum(t.projects_introduced_reported), sum(t.projects_introduced_confirmed),
sum(t.technologies_promoted_reported), sum(t.technologies_promoted_confirmed),
sum(t.trainings_held_reported), sum(t.trainings_held_confirmed),
sum(t.people_trained_reported), sum(t.people_trained_confirmed),
sum(t.beneficiaries_reported), sum(t.beneficiaries_confirmed),
sum(t.people_employed_reported), sum(t.people_employed_confirmed),
sum(t.produce_sold_reported), sum(t.produce_sold_confirmed),
sum(t.donations_reported), sum(t.donations_confirmed),
sum(t.patients_seen_reported), sum(t.patients_seen_confirmed)

-- name: roots
select id from unit where parent_id is null order by tree_order

-- name: trend
select t.month, ${sums} from activity_tally t
where t.unit_id = any(cast(:roots as bigint[])) and t.month between :first and :last
group by t.month

-- name: by-unit
select u.id, u.name, u.kind, u.archived, ${sums} from unit u
left join activity_tally t on t.unit_id = u.id and t.month between :first and :last
where u.parent_id = any(cast(:roots as bigint[]))
group by u.id order by u.tree_order

-- name: by-type
select y.id, y.code, y.name, coalesce(sum(t.reported), 0), coalesce(sum(t.confirmed), 0)
from activity_type_tally t join activity_type y on y.id = t.type_id
where t.unit_id = any(cast(:roots as bigint[])) and t.month between :first and :last
group by y.id having sum(t.reported) > 0 or bool_or(not y.archived)
order by y.sort_order, y.id

-- name: disputed
select coalesce(sum(disputed), 0) from activity_tally
where unit_id = any(cast(:roots as bigint[]))

-- name: units
select count(*) filter (where kind = 'SUB_TEAM'), count(*) filter (where kind = 'GROUP') from unit
where not archived and path like :prefix

-- name: paired-objects
select o.kind, count(distinct o.id), count(distinct o.chain_id), count(*)
from assistance_relationship r join unit g on g.id = r.group_id
join assisted_object o on o.id = r.object_id
where r.starts_on <= :day and r.ends_on >= :day and (r.ended_on is null or r.ended_on >= :day)
  and g.path like :prefix
group by o.kind

-- name: silent-groups
select g.id, g.name, l.name, l.mobile,
       (select max(a.occurred_on) from activity a where a.group_id = g.id and a.status <> 'WITHDRAWN'),
       g.total
from (select g.id, g.name, g.tree_order, count(*) over () total
      from unit g
      where g.kind = 'GROUP' and not g.archived and g.path like :prefix
        and not exists (select 1 from activity a where a.group_id = g.id and a.occurred_on >= :since
                        and a.status <> 'WITHDRAWN')
      order by g.tree_order limit :limit) g
left join lateral (select m.name, m.mobile from membership s join member m on m.id = s.member_id
                   where s.unit_id = g.id and s.left_on is null and s.position = 'GROUP_LEADER'
                   order by s.joined_on, s.id limit 1) l on true
order by g.tree_order
