-- The member list's unit filter at province size opens the top levels of the tree (UnitService.filterOptions):
-- "live units down to depth n", which without this index read all 3,364 units on every page.
CREATE INDEX unit_live_depth_idx ON unit (depth, path) WHERE NOT archived;
