-- The ledger import (台账导入) finds a row's activity without an id by its group, day, title and first object, the title
-- compared as the import cleans a cell (full-width letters and digits half-width, whitespace collapsed): a title
-- typed on the form with full-width digits or two spaces is the one its exported cell reads back as. V37's index on
-- the raw title cannot find those, so a batch of rows read every activity of its groups and days, and a large
-- ledger read more with every batch (the whole year of its groups by the end). ledger_title is a key coarser than
-- the cleaning (full-width letters and digits half-width, every whitespace and zero-width character removed: titles
-- that clean alike have one key; LedgerTitles computes it alike in Java), indexed with the group and the day: a
-- batch's candidates are found by probing, and compared exactly in Java.
-- The function is plpgsql (never inlined) and declared costly: within the import's one long transaction the table
-- has grown far past its statistics, and a planner that thinks the key cheap probes the group's and day's index and
-- computes the key of every activity of that group and day (growing with every batch); costly, the key is read from
-- this index only.
CREATE FUNCTION ledger_title(title text) RETURNS text LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT COST 1000 AS $$
BEGIN
    -- most titles hold none of these characters: a class test is far cheaper than translate's search of its list
    IF title !~ E'[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\u0009-\u000D\u001C-\u0020\u00A0\u1680\u2000-\u200D\u2028\u2029\u202F\u205F\u3000\uFEFF]' THEN
        RETURN title;
    END IF;
    RETURN translate(title,
        E'\uFF10\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18\uFF19\uFF21\uFF22\uFF23\uFF24\uFF25\uFF26\uFF27\uFF28\uFF29\uFF2A\uFF2B\uFF2C\uFF2D\uFF2E\uFF2F\uFF30\uFF31\uFF32\uFF33\uFF34\uFF35\uFF36\uFF37\uFF38\uFF39\uFF3A\uFF41\uFF42\uFF43\uFF44\uFF45\uFF46\uFF47\uFF48\uFF49\uFF4A\uFF4B\uFF4C\uFF4D\uFF4E\uFF4F\uFF50\uFF51\uFF52\uFF53\uFF54\uFF55\uFF56\uFF57\uFF58\uFF59\uFF5A'
        || E'\u0009\u000A\u000B\u000C\u000D\u001C\u001D\u001E\u001F\u0020\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B\u200C\u200D\u2028\u2029\u202F\u205F\u3000\uFEFF',
        '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');
END $$;

CREATE INDEX activity_ledger_title_idx ON activity (ledger_title(title), group_id, occurred_on);
DROP INDEX activity_ledger_key_idx;
