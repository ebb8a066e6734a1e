-- The team tree's head counts (sql/team/unit-tree.sql) and the roster's unit filter read the current memberships of
-- every unit under a path: with (unit_id, member_id) of the open memberships in one index they are index-only scans,
-- not a heap visit per membership (a province's root: 31,000). The few archived members are left out through their
-- own small index instead of a look-up of every counted member.
CREATE INDEX membership_open_unit_member_idx ON membership (unit_id, member_id) WHERE left_on IS NULL;
CREATE INDEX member_archived_idx ON member (id) WHERE archived;
-- Typing in a form's unit list (UnitService.search: the scope's units whose name contains the text, top levels first,
-- 30 at most): a walk of the live units in that order stops at the thirtieth match instead of sorting every match.
CREATE INDEX unit_live_depth_name_idx ON unit (depth, name, id) WHERE NOT archived;
