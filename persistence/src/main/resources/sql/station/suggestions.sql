-- The stationing form's suggestions (选派, 一把钥匙开一把锁): live members with a profile the village wants (the view
-- member_profile, V75: the demand matching's definition), not stationed on or after :today (a term open or ending
-- today or later), under the scope (:everywhere, else a current membership in a unit under :prefix), the more fitting
-- profiles first, then by id. Parameters: :party, :economic, :legal, :science (the profiles wanted), :everywhere,
-- :prefix, :today, :limit.
select m.id, m.name, w.name work_unit, m.post, m.mobile,
       :party and p.party_affairs party_affairs, :economic and p.economic economic,
       :legal and p.legal legal, :science and p.science science
from member m
join member_profile p on p.member_id = m.id
left join work_unit w on w.id = m.work_unit_id
where not m.archived
  and ((:party and p.party_affairs) or (:economic and p.economic) or (:legal and p.legal) or (:science and p.science))
  and (:everywhere or exists (select 1 from membership s join unit u on u.id = s.unit_id
                              where s.member_id = m.id and s.left_on is null and u.path like :prefix))
  and not exists (select 1 from stationing st where st.member_id = m.id and (st.ends_on is null or st.ends_on >= :today))
order by (case when :party and p.party_affairs then 1 else 0 end) + (case when :economic and p.economic then 1 else 0 end)
       + (case when :legal and p.legal then 1 else 0 end) + (case when :science and p.science then 1 else 0 end) desc,
         m.id
limit :limit
