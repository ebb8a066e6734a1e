-- A notification's facts (JdbcNotificationFacts), read by NotificationQueries.
--
-- units: each unit's month from activity_tally (V22), one row per unit of the kind under the path: its counts, then
--   each figure's confirmed sum in the order of Figure
-- largest: a figure's largest activities of the month under the path, on the activity's (date, id) index (V15);
--   ${figure} is the figure's column (FUNDS_SECURED: funds_secured), filled in once per figure

-- name: units
select u.id, u.name, p.name, coalesce(t.reported, 0), coalesce(t.confirmed, 0),
       coalesce(t.funds_secured_confirmed, 0),
       coalesce(t.projects_introduced_confirmed, 0),
       coalesce(t.technologies_promoted_confirmed, 0),
       coalesce(t.trainings_held_confirmed, 0),
       coalesce(t.people_trained_confirmed, 0),
       coalesce(t.beneficiaries_confirmed, 0),
       coalesce(t.people_employed_confirmed, 0),
       coalesce(t.produce_sold_confirmed, 0),
       coalesce(t.donations_confirmed, 0),
       coalesce(t.patients_seen_confirmed, 0)
from unit u left join unit p on p.id = u.parent_id
left join activity_tally t on t.unit_id = u.id and t.month = :month
where u.kind = :kind and u.path like :prefix and (not u.archived or coalesce(t.reported, 0) > 0)
order by u.tree_order

-- name: largest
select a.id, a.title, g.id, g.name, a.occurred_on, a.${figure}
from activity a join unit g on g.id = a.group_id
where a.occurred_on between :from and :to and a.status <> 'WITHDRAWN' and a.${figure} > 0
  and g.path like :prefix
order by a.${figure} desc, a.id limit :limit
-- name: outside-groups
-- The month's activities counted at a unit that is not a group (a cross-town service team's, whose group_id is the
-- team's unit, issue 23): reported (not withdrawn) and confirmed. They belong to no group's or sub-team's line, so the
-- total adds them once.
select count(*) filter (where a.status <> 'WITHDRAWN'), count(*) filter (where a.status = 'CONFIRMED')
from activity a join unit u on u.id = a.group_id
where a.cross_team_id is not null and u.kind <> 'GROUP' and u.path like :prefix
  and a.occurred_on between :from and :to
