-- The team tree's nodes with the counts of their subtrees (JpaUnitTreeImpl): the live units inside a path range
-- down to a depth (a scope's root and the level below it; a unit and its children), each with
--   groups: its live groups;
--   people: the distinct live members with a current membership anywhere in it — the roster filtered to the unit
--     (JpaMemberSearchImpl) counts the same people, so the two figures agree;
--   placements: those current memberships (someone in two of its groups counts once in people, twice here);
--   has_children: whether a live unit sits below it (the tree offers to open it).
-- A subtree is the path range [path, path with its closing '/' raised to '0'), on unit_path_idx. A province's first
-- page (a root and 16 children, 63,000 memberships counted): 30-60 ms on the busy host, 100-200 ms with a join to
-- member for each membership (docs/performance.md).
with shown as (
    select u.id, u.parent_id, u.kind, u.name, u.local_name, u.field, u.path, u.depth,
           left(u.path, -1) || '0' as path_end
    from unit u
    where not u.archived and u.depth <= :maxDepth and u.path ~>=~ :prefix and u.path ~<~ :prefixEnd
)
select u.id, u.parent_id, u.kind, u.name, u.local_name, u.field, u.path,
       (select count(*) from unit g
        where g.kind = 'GROUP' and not g.archived and g.path ~>=~ u.path and g.path ~<~ u.path_end) as groups,
       c.people, c.placements,
       exists (select 1 from unit k where k.parent_id = u.id and not k.archived) as has_children
from shown u
cross join lateral (
    -- the open memberships index-only (V29's (unit_id, member_id) where left_on is null); the archived members
    -- (normally none with an open membership: archiving ends them) a hashed list from their own index
    select count(distinct s.member_id) as people, count(*) as placements
    from unit g
    join membership s on s.unit_id = g.id and s.left_on is null
    where g.path ~>=~ u.path and g.path ~<~ u.path_end
      and s.member_id not in (select id from member where archived)
) c
order by u.depth, u.name, u.id
