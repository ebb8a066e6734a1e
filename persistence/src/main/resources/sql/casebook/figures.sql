-- A case's figures and the values of their records now (null: the record is gone, an activity withdrawn). A demand
-- counts as solved (1) once the village has confirmed it (RESOLVED).
-- name: of-case
select f.id,
       case f.measure
           when 'ACTIVITY_FUNDS_SECURED' then coalesce(a.funds_secured, 0)
           when 'ACTIVITY_PEOPLE_TRAINED' then coalesce(a.people_trained, 0)
           when 'ACTIVITY_BENEFICIARIES' then coalesce(a.beneficiaries, 0)
           when 'ACTIVITY_PEOPLE_EMPLOYED' then coalesce(a.people_employed, 0)
           when 'ACTIVITY_PRODUCE_SOLD' then coalesce(a.produce_sold, 0)
           when 'PROJECT_BUDGET' then coalesce(p.budget, 0)
           when 'PROJECT_PROGRESS' then p.progress
           when 'DEMAND_SOLVED' then case when d.status = 'RESOLVED' then 1 else 0 end
       end as now,
       (a.id is not null or p.id is not null or d.id is not null) as present
from case_figure f
left join activity a on f.measure like 'ACTIVITY%' and a.id = f.record_id and a.status <> 'WITHDRAWN'
left join project p on f.measure like 'PROJECT%' and p.id = f.record_id
left join demand d on f.measure like 'DEMAND%' and d.id = f.record_id
where f.case_id = :case and not f.removed
-- name: one
select case f.measure
           when 'ACTIVITY_FUNDS_SECURED' then coalesce(a.funds_secured, 0)
           when 'ACTIVITY_PEOPLE_TRAINED' then coalesce(a.people_trained, 0)
           when 'ACTIVITY_BENEFICIARIES' then coalesce(a.beneficiaries, 0)
           when 'ACTIVITY_PEOPLE_EMPLOYED' then coalesce(a.people_employed, 0)
           when 'ACTIVITY_PRODUCE_SOLD' then coalesce(a.produce_sold, 0)
           when 'PROJECT_BUDGET' then coalesce(p.budget, 0)
           when 'PROJECT_PROGRESS' then p.progress
           when 'DEMAND_SOLVED' then case when d.status = 'RESOLVED' then 1 else 0 end
       end as now,
       coalesce(a.title, p.title, d.title) as title
from (select cast(:measure as varchar) as measure, cast(:record as bigint) as record_id) f
left join activity a on f.measure like 'ACTIVITY%' and a.id = f.record_id and a.status <> 'WITHDRAWN'
left join project p on f.measure like 'PROJECT%' and p.id = f.record_id
left join demand d on f.measure like 'DEMAND%' and d.id = f.record_id
where a.id is not null or p.id is not null or d.id is not null
-- name: in-scope
select exists (select 1 from activity a join unit u on u.id = a.group_id
               where :kind = 'ACTIVITY' and a.id = :record and u.path like :prefix)
    or exists (select 1 from project p join unit u on u.id = p.group_id
               where :kind = 'PROJECT' and p.id = :record and u.path like :prefix)
    or exists (select 1 from demand d where :kind = 'DEMAND' and d.id = :record
               and (:prefix = '%' or exists (select 1 from assistance_relationship r join unit u on u.id = r.group_id
                                             where r.object_id = d.object_id and u.path like :prefix)))
