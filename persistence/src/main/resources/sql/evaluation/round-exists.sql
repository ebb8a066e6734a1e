-- Whether the year has a round for this scope (a null unit: the whole deployment).
select exists (select 1 from evaluation_round where year = :year
               and coalesce(scope_unit_id, 0) = coalesce(cast(:unit as bigint), 0))
