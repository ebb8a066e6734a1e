-- The rounds a reader sees (RoundVisibility): the conditions that apply, joined with "or" by JdbcEvaluationStore.

-- name: adminAll
true

-- name: admin
u.path like :admin

-- name: reviewer
exists (select 1 from evaluation_reviewer x where x.round_id = r.id and x.account_id = :reviewer and not x.removed)

-- name: roster
exists (select 1 from evaluation_entry e join unit g on g.id = e.group_id where e.round_id = r.id and g.path like :roster)

-- name: object
exists (select 1 from evaluation_entry e join assistance_relationship a on a.group_id = e.group_id
        where e.round_id = r.id and a.object_id = :object and a.starts_on <= make_date(r.year, 12, 31)
          and coalesce(a.ended_on, a.ends_on) >= make_date(r.year, 1, 1))

-- name: from
from evaluation_round r left join unit u on u.id = r.scope_unit_id where

-- name: order
order by r.year desc, r.id desc limit :limit offset :offset
