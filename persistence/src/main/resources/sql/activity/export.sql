-- The activity export's rows (ActivityExportSql): one statement for the whole export, streamed with a fetch size.
-- The group's id path and name come with the row (the path is put into names once per group, in Java); the objects
-- and the members are joined into one text each, by index, as the export writes them (none: an empty text, as
-- String.join of none did). The figures' columns follow Figure and are put between "head" and "tail" in Java; the
-- filter (JpaActivitySearchImpl's, the list's own) goes after "tail". The rows are made in id order, the order the
-- objects and members are stored in, and then sorted into the list's order (see ActivityExportSql.sql).

-- name: order-head
select * from (

-- name: head
select a.id, a.occurred_on, a.type_id, a.group_id, g.path, g.name, a.title, a.status,
       coalesce((select string_agg(o.code || ' ' || o.name, '、' order by p.id)
                   from activity_object p join assisted_object o on o.id = p.object_id
                  where p.activity_id = a.id), '') as objects,

-- name: members-roster
       coalesce((select string_agg(m.name || ' ' || m.mobile, '、' order by am.member_id)
                   from activity_member am join member m on m.id = am.member_id
                  where am.activity_id = a.id), '') as members,

-- name: members-starred
       coalesce((select string_agg(m.name || ' ' || case when length(m.mobile) >= 8
                                                        then left(m.mobile, 3) || '****' || right(m.mobile, 4)
                                                        else coalesce(m.mobile, '') end, '、' order by am.member_id)
                   from activity_member am join member m on m.id = am.member_id
                  where am.activity_id = a.id), '') as members,

-- name: members-names
       coalesce((select string_agg(m.name, '、' order by am.member_id)
                   from activity_member am join member m on m.id = am.member_id
                  where am.activity_id = a.id), '') as members,

-- name: tail
       a.other_participants, a.place, a.project_names, a.description, a.paper_confirmed_by, a.paper_confirmed_on
  from activity a join unit g on g.id = a.group_id

-- name: order-tail
 order by a.id) x
order by x.occurred_on desc, x.id desc
