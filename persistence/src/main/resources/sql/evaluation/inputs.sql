-- Each entry of the round: its indicator score, reviewers mean (a score counts while its reviewer is on the round)
-- and ratings average, the inputs of the grade proposal.
select e.id, i.score,
       (select round(avg(s.score), 2) from evaluation_score s where s.entry_id = e.id
          and exists (select 1 from evaluation_reviewer v where v.round_id = s.round_id
                      and v.account_id = s.reviewer_id and not v.removed)),
       (select round(avg(r.rating), 2) from evaluation_rating r where r.entry_id = e.id)
from evaluation_entry e
join evaluation_indicator i on i.round_id = e.round_id and i.group_id = e.group_id
where e.round_id = :round
