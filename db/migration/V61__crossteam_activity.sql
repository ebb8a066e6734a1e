-- An activity logged for a cross-town team (issue 23): its group is the team's unit (the county's team), so the
-- tallies count it once, in that unit and above — never again under a member's home group or sub-team; the team it
-- was done for is cross_team_id. Null for every other activity.
ALTER TABLE activity ADD COLUMN cross_team_id bigint REFERENCES cross_team (id);
CREATE INDEX activity_cross_team_idx ON activity (cross_team_id, occurred_on, id) WHERE cross_team_id IS NOT NULL;
