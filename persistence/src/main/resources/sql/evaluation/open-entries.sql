-- The entries of a new round: every live group under the path, with their CREATED history rows.
with e as (
    insert into evaluation_entry (round_id, group_id, created_at, created_by)
    select :round, g.id, :at, :by from unit g
    where g.kind = 'GROUP' and not g.archived and g.path like :prefix
    order by g.tree_order
    returning id)
insert into record_history (entity_type, entity_id, action, changed_at, changed_by)
select 'EvaluationEntry', id, 'CREATED', :at, :by from e
