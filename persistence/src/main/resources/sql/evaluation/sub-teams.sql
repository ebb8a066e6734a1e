-- The sub-teams of the groups of the round under the path, in the order of the tree (the filter of the screen).
select p.id, p.name from unit p
where p.kind = 'SUB_TEAM' and p.path like :path
  and exists (select 1 from evaluation_entry e join unit g on g.id = e.group_id
              where e.round_id = :round and g.parent_id = p.id)
order by p.tree_order
