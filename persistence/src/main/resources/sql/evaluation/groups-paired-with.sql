-- The groups of the round paired with the object in its year (those the account of the object rates).
select distinct e.group_id from evaluation_entry e join evaluation_round r on r.id = e.round_id
join assistance_relationship a on a.group_id = e.group_id
where e.round_id = :round and a.object_id = :object and a.starts_on <= make_date(r.year, 12, 31)
  and coalesce(a.ended_on, a.ends_on) >= make_date(r.year, 1, 1)
order by e.group_id
