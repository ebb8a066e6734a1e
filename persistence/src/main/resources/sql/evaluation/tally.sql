-- The counts of a round: groups, self-assessed, scored (by a reviewer still on the round), graded, with the top
-- grade; members, and members with the top grade (their own, or the group one when they have none).
select count(*), count(*) filter (where e.self_assessed_at is not null),
       (select count(distinct s.entry_id) from evaluation_score s where s.round_id = :round
          and exists (select 1 from evaluation_reviewer v where v.round_id = s.round_id
                      and v.account_id = s.reviewer_id and not v.removed)),
       count(*) filter (where e.grade is not null), count(*) filter (where e.grade = :top),
       (select count(*) from evaluation_member m where m.round_id = :round),
       (select count(*) from evaluation_member m where m.round_id = :round and m.grade = :top)
     + (select count(*) from evaluation_entry x join evaluation_member m on m.entry_id = x.id
        where x.round_id = :round and x.grade = :top and m.grade is null)
from evaluation_entry e where e.round_id = :round
