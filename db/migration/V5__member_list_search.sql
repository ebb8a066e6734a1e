-- The member list at province size (30,000 members; see docs/performance.md).
--
-- Search matches the typed text inside lower(name mobile specialty post). Stored once per row, the lowered text
-- costs no function call per row and request, and two indexes serve it:
--  * three characters and more: the trigram index (pg_trgm makes no trigram from one or two characters);
--  * one or two characters, the usual length of a Chinese surname or given name: an index of the single
--    characters, which finds the rows holding every character of the text before the substring test.
-- They replace member_search_trgm, which no query could use (the list compares the lowered text).
ALTER TABLE member ADD COLUMN search_text text NOT NULL
    GENERATED ALWAYS AS (lower(name || ' ' || mobile || ' ' || coalesce(specialty, '') || ' ' || coalesce(post, '')))
    STORED;
DROP INDEX member_search_trgm;
CREATE INDEX member_search_text_trgm ON member USING gin (search_text gin_trgm_ops);
CREATE INDEX member_search_text_chars ON member USING gin (string_to_array(search_text, NULL));

-- Paging: the list is ordered by name then id over live members; a page, even page 700, is found by walking this
-- index alone, and only its 20 rows are read from the table.
CREATE INDEX member_live_name_idx ON member (name, id) WHERE NOT archived;
