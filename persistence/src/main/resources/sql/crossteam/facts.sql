-- What a cross-town team's page reads beside its own tables (JdbcCrossTeamFacts).
-- name: activities-of-team
-- the team's activities of its year, not withdrawn (as the team list counts them), latest first
select a.id, a.cross_team_id as team_id, t.name as team_name, a.occurred_on, a.title, a.status,
       (select string_agg(m.name, '、' order by m.name) from activity_member am join member m on m.id = am.member_id
        where am.activity_id = a.id) as participants
from activity a join cross_team t on t.id = a.cross_team_id
where a.cross_team_id = :team and a.status <> 'WITHDRAWN'
  and a.occurred_on between make_date(t.year, 1, 1) and make_date(t.year, 12, 31)
order by a.occurred_on desc, a.id desc
limit :limit offset :offset
-- name: activity-count
-- the team's activities as activities-of-team and the team list (list.sql) count them: its year's, not withdrawn
select count(*)
from activity a join cross_team t on t.id = a.cross_team_id
where a.cross_team_id = :team and a.status <> 'WITHDRAWN'
  and a.occurred_on between make_date(t.year, 1, 1) and make_date(t.year, 12, 31)
-- name: activities-of-people-under
-- the teams' activities a person with a current membership under the path went to (each activity once)
select a.id, a.cross_team_id as team_id, t.name as team_name, a.occurred_on, a.title, a.status,
       (select string_agg(m.name, '、' order by m.name) from activity_member am join member m on m.id = am.member_id
        where am.activity_id = a.id) as participants
from activity a join cross_team t on t.id = a.cross_team_id
where a.cross_team_id is not null and a.status <> 'WITHDRAWN'
  and exists (select 1 from activity_member am join membership s on s.member_id = am.member_id and s.left_on is null
              join unit u on u.id = s.unit_id
              where am.activity_id = a.id and u.path like :path || '%')
order by a.occurred_on desc, a.id desc
limit :limit
-- name: objects-served
select o.id, o.name
from assisted_object o join region r on r.id = o.region_id
where not o.archived
  and exists (select 1 from cross_team_town w where w.team_id = :team and not w.removed
              and (w.region_id = r.id or w.region_id = r.parent_id))
order by o.name, o.id
-- name: service-days
-- Each current member's days in the month: the days of the team's activities (not withdrawn) they went to, and the
-- days of their approved days away on cross-town duty (station_absence AWAY, CROSS_TOWN_SERVICE) within the month;
-- a day with both counts once.
with activity_days as (
    select distinct am.member_id, a.occurred_on as day
    from activity a join activity_member am on am.activity_id = a.id
    where a.cross_team_id = :team and a.status <> 'WITHDRAWN' and a.occurred_on between :first and :last
), away_days as (
    select distinct b.member_id, d::date as day
    from station_absence b
    cross join lateral generate_series(greatest(b.starts_on, cast(:first as date)),
                                       least(b.ends_on, cast(:last as date)), interval '1 day') d
    where b.kind = 'AWAY' and b.away_reason = 'CROSS_TOWN_SERVICE' and b.status = 'APPROVED'
      and b.starts_on <= :last and b.ends_on >= :first
      and b.member_id in (select member_id from cross_team_member where team_id = :team and not removed)
)
select c.member_id, m.name,
       (select count(*) from activity_days x where x.member_id = c.member_id) as activity_days,
       (select count(*) from away_days y where y.member_id = c.member_id) as away_days,
       (select count(*) from (select day from activity_days x where x.member_id = c.member_id
                              union select day from away_days y where y.member_id = c.member_id) u) as days
from cross_team_member c join member m on m.id = c.member_id
where c.team_id = :team and not c.removed
order by m.name, m.id
-- The team's projects: those its spending entries (not cancelled) paid for, directly or through the activity they
-- name, and those its activities (not withdrawn) were logged for; the union counts each project once. The demands it
-- answered are those projects' demands (a project answers one demand). The team's page reads a page of projects and
-- one of demands, and the counts only when a page is full (CrossTeamWork.projectsOfReadable).
-- name: linked
with linked as (
    select s.project_id from cross_team_spending s
    where s.team_id = :team and not s.cancelled and s.project_id is not null
    union
    select a.project_id from cross_team_spending s join activity a on a.id = s.activity_id
    where s.team_id = :team and not s.cancelled and a.status <> 'WITHDRAWN' and a.project_id is not null
    union
    select a.project_id from activity a
    where a.cross_team_id = :team and a.status <> 'WITHDRAWN' and a.project_id is not null
)
-- name: project-counts
select count(distinct p.id) as projects, count(distinct p.demand_id) as demands
from linked k join project p on p.id = k.project_id
-- name: projects-of-team
select p.id, p.title as name, p.status, d.id as demand_id, d.title as demand_title, d.status as demand_status,
       o.name as object_name, g.path as group_path, d.object_id
from linked k join project p on p.id = k.project_id
join demand d on d.id = p.demand_id
join assisted_object o on o.id = d.object_id
join unit g on g.id = p.group_id
order by p.id desc
limit :limit offset :offset
-- name: demands-of-team
select distinct d.id, d.title, d.status, o.name as object_name, p.id as project_id, p.title as project_title,
       g.path as group_path, d.object_id
from linked k join project p on p.id = k.project_id
join demand d on d.id = p.demand_id
join assisted_object o on o.id = d.object_id
join unit g on g.id = p.group_id
order by d.id desc
limit :limit offset :offset
-- name: members-of-team
-- the team's current members by name, each with the units of their current memberships (home groups) in tree order
select c.id, m.id as member_id, m.name,
       array(select u.name from membership s join unit u on u.id = s.unit_id
             where s.member_id = m.id and s.left_on is null order by u.tree_order) as homes
from cross_team_member c join member m on m.id = c.member_id
where c.team_id = :team and not c.removed
order by m.name, m.id
-- name: towns-of-team
select w.id, r.id as region_id, r.name
from cross_team_town w join region r on r.id = w.region_id
where w.team_id = :team and not w.removed
order by r.name, r.id
-- name: town-choices
-- The live towns the team does not serve yet, each with its county, in the tree's order: with a text, those whose name
-- or county's name contains it; without, the other towns of the counties it serves (the first of the tree when it
-- serves none) — a province's thousands of towns never reach the page.
with served as (select w.region_id from cross_team_town w where w.team_id = :team and not w.removed)
select r.id, r.name, c.name as county
from region r left join region c on c.id = r.parent_id
where r.level = 'TOWN' and not r.archived and r.id not in (select region_id from served)
  and (cast(:pattern as text) is null
           and (r.parent_id in (select t.parent_id from served s join region t on t.id = s.region_id)
                or not exists (select 1 from served))
       or lower(r.name) like :pattern or lower(c.name) like :pattern)
order by r.tree_order
limit :limit
-- name: ledger
-- a page of the team's ledger entries, newest first, each row with the number of entries and what those not
-- cancelled spent (counted before the page is cut)
select s.id, s.version, s.spent_on, s.purpose, s.amount, s.attachment_name, s.override_by, s.override_reason,
       s.cancelled, s.cancelled_reason, count(*) over () as total,
       coalesce(sum(s.amount) filter (where not s.cancelled) over (), 0) as spent
from cross_team_spending s
where s.team_id = :team
order by s.spent_on desc, s.id desc
limit :limit offset :offset
-- name: ledger-totals
-- the same figures for a page past the last (no row to carry them)
select count(*) as total, coalesce(sum(s.amount) filter (where not s.cancelled), 0) as spent
from cross_team_spending s
where s.team_id = :team
