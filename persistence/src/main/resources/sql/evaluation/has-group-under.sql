-- Whether one of the groups of the round lies under the path.
select exists (select 1 from evaluation_entry e join unit g on g.id = e.group_id
               where e.round_id = :round and g.path like :path)
