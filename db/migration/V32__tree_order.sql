-- A tree's order is its ids' order, level by level: '/98/99/' before '/98/100/'. Ordering by the path as text put
-- '/98/100/' first (character '1' < '9'), so sub-teams and groups with ids on either side of 99, 999… came out of
-- order in the notification, the dashboard, the plans and the tree. The path read as an array of numbers orders
-- the tree depth-first with siblings by id; a prefix (the parent) comes before its children.
ALTER TABLE unit ADD COLUMN tree_order bigint[]
    GENERATED ALWAYS AS (string_to_array(btrim(path, '/'), '/')::bigint[]) STORED;
CREATE INDEX unit_tree_order_idx ON unit (tree_order);

ALTER TABLE region ADD COLUMN tree_order bigint[]
    GENERATED ALWAYS AS (string_to_array(btrim(path, '/'), '/')::bigint[]) STORED;
