-- The published grades of a group, latest year first.
select r.id, r.year, r.name, e.group_id, g.name, e.grade, r.grades
from evaluation_entry e join evaluation_round r on r.id = e.round_id join unit g on g.id = e.group_id
where e.group_id = :group and r.status = 'PUBLISHED'
order by r.year desc, r.id desc
