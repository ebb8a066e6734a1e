-- The activity list filtered by type or by status (the disputed ones: the organization department's attention list),
-- latest first, over a province's million activities: each filter walks its own index in the list's order, and
-- counts on the index alone (group and the other filter are carried in it, so a sub-team's or a city's part is
-- told without reading the rows).
CREATE INDEX activity_type_recent_idx ON activity (type_id, occurred_on DESC, id DESC) INCLUDE (group_id, status);
CREATE INDEX activity_status_recent_idx ON activity (status, occurred_on DESC, id DESC) INCLUDE (group_id, type_id);
-- led by type_id, the new index serves what this one did (the foreign key's look-ups)
DROP INDEX activity_type_idx;
