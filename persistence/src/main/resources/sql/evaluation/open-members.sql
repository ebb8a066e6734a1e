-- The members of a new round: whoever belonged to one of its groups at some time in the year, with history rows.
with m as (
    insert into evaluation_member (round_id, entry_id, member_id, created_at, created_by)
    select :round, x.entry_id, x.member_id, :at, :by
    from (select distinct e.id entry_id, ms.member_id
          from evaluation_entry e join membership ms on ms.unit_id = e.group_id
          where e.round_id = :round and ms.joined_on <= :to
            and (ms.left_on is null or ms.left_on >= :from)) x
    returning id)
insert into record_history (entity_type, entity_id, action, changed_at, changed_by)
select 'EvaluationMember', id, 'CREATED', :at, :by from m
