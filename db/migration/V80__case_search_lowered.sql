-- The case search without ILIKE (issue 22's scale): ILIKE lower-cases every candidate row's whole text before
-- comparing, which on Chinese text (no case at all) costs 2–7 times a plain LIKE (measured on 5,000 cases of ~330
-- characters: a count of '%茶园%' 122–364 ms against 50–56 ms, docs/performance.md). search_text is now kept
-- lower-cased and the search compares it with LIKE and the lower-cased words, so Latin letters in a case (5G, CSA)
-- are still found whatever their case. The trigram index is made again on the new column.
DROP INDEX case_study_search_trgm;
ALTER TABLE case_study DROP COLUMN search_text;
ALTER TABLE case_study ADD COLUMN search_text text GENERATED ALWAYS AS (lower(title || ' ' || theme || ' '
    || coalesce(problem, '') || ' ' || coalesce(actions, '') || ' ' || coalesce(results, ''))) STORED;
CREATE INDEX case_study_search_trgm ON case_study USING gin (search_text gin_trgm_ops);
