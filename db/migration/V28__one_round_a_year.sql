-- One evaluation round a year for a scope (a team, a sub-team, or the whole deployment when scope_unit_id is null):
-- a published round is reopened with a reason, not opened again (EvaluationService.open says so on the year's field;
-- this index holds when two admins open the same round at once).
CREATE UNIQUE INDEX evaluation_round_year_scope_uq ON evaluation_round (year, coalesce(scope_unit_id, 0));
