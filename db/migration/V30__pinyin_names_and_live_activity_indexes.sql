-- Names sort by pinyin (安 王 于 张), not by character code (于 first): the names people read in lists and choices
-- take PostgreSQL's ICU collation for Chinese, so every ORDER BY on them (Spring Data's, JPQL's, native SQL's) and
-- the indexes that serve those orders sort the same way without a word in the queries. Both PostgreSQL builds in use
-- have it (the embedded zonky 17.6 binaries bundle ICU 60; Debian's server links the system's ICU): see
-- docs/architecture.md, "Decisions". Equality stays byte-wise (the collation is deterministic), so unique indexes and
-- look-ups by name are unchanged.
--
-- member.search_text is generated from the name, and a column a generated column reads cannot change its type: it
-- is dropped (with its two indexes) and made again exactly as V5 made it.
ALTER TABLE member DROP COLUMN search_text;
ALTER TABLE member ALTER COLUMN name TYPE varchar(50) COLLATE "zh-x-icu";
ALTER TABLE member ADD COLUMN search_text text NOT NULL
    GENERATED ALWAYS AS (lower(name || ' ' || mobile || ' ' || coalesce(specialty, '') || ' ' || coalesce(post, '')))
    STORED;
CREATE INDEX member_search_text_trgm ON member USING gin (search_text gin_trgm_ops);
CREATE INDEX member_search_text_chars ON member USING gin (string_to_array(search_text, NULL));

ALTER TABLE unit ALTER COLUMN name TYPE varchar(100) COLLATE "zh-x-icu";
ALTER TABLE assisted_object ALTER COLUMN name TYPE varchar(100) COLLATE "zh-x-icu";
ALTER TABLE work_unit ALTER COLUMN name TYPE varchar(100) COLLATE "zh-x-icu";
ALTER TABLE account ALTER COLUMN display_name TYPE varchar(50) COLLATE "zh-x-icu";
ALTER TABLE industrial_chain ALTER COLUMN name TYPE varchar(100) COLLATE "zh-x-icu";
ALTER TABLE region ALTER COLUMN name TYPE varchar(100) COLLATE "zh-x-icu";

-- The activity list leaves withdrawn activities out unless asked for them (its count equals its totals and the
-- dashboard's): a group's, a sub-team's and the whole deployment's count test each row's status, which these
-- indexes carry, so counting still reads the index alone.
CREATE INDEX activity_group_live_idx ON activity (group_id, occurred_on DESC, id DESC) INCLUDE (status);
DROP INDEX activity_group_idx;
CREATE INDEX activity_recent_live_idx ON activity (occurred_on DESC, id DESC) INCLUDE (status, group_id);
DROP INDEX activity_recent_idx;
