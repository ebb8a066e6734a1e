-- The members with the top grade in a round (the commendation list), in the order of the tree.
select mb.id, mb.name, w.name, g.name
from evaluation_member m join evaluation_entry e on e.id = m.entry_id join unit g on g.id = e.group_id
join member mb on mb.id = m.member_id join work_unit w on w.id = mb.work_unit_id
where m.round_id = :round and coalesce(m.grade, e.grade) = :top
order by g.tree_order, mb.name, mb.id
