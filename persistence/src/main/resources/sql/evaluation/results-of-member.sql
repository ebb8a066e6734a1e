-- The published grades of a member (their own, or their group one), latest year first.
select r.id, r.year, r.name, e.group_id, g.name, coalesce(m.grade, e.grade), r.grades
from evaluation_member m join evaluation_entry e on e.id = m.entry_id
join evaluation_round r on r.id = m.round_id join unit g on g.id = e.group_id
where m.member_id = :member and r.status = 'PUBLISHED'
order by r.year desc, r.id desc
