-- The case search for a word of two characters (issue 22): a trigram index cannot answer a text shorter than three
-- characters, so 茶园 read every case (976 ms at p95 at 16 connections on 5,004 cases, docs/performance.md). Each case
-- now keeps the set of its adjacent character pairs (bigrams) of the same lower-cased text as search_text, with a GIN
-- index: a two-character word is in a case exactly when the pair is in the set, answered from the index. Three
-- characters and more keep the trigram index (V80); one character still reads the cases the other filters leave.
CREATE FUNCTION text_bigrams(t text) RETURNS text[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT coalesce(array_agg(DISTINCT substr(t, i, 2)), '{}') FROM generate_series(1, length(t) - 1) AS i $$;

-- a generated column cannot read another (search_text), so the same expression as V80's is written again
ALTER TABLE case_study ADD COLUMN search_bigrams text[] GENERATED ALWAYS AS (text_bigrams(lower(title || ' ' || theme
    || ' ' || coalesce(problem, '') || ' ' || coalesce(actions, '') || ' ' || coalesce(results, '')))) STORED;
CREATE INDEX case_study_search_bigrams ON case_study USING gin (search_bigrams);
