-- How many groups and members of the round have a grade that is not one of these.
select (select count(*) from evaluation_entry where round_id = :round and grade not in (:grades))
     + (select count(*) from evaluation_member where round_id = :round and grade not in (:grades))
