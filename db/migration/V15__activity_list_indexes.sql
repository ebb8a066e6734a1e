-- The activity list of a path (a sub-team, a team, the whole deployment) walks the activities latest first and
-- keeps those of its groups: without this index every match was sorted before the page's 20 were taken.
CREATE INDEX activity_recent_idx ON activity (occurred_on DESC, id DESC);
