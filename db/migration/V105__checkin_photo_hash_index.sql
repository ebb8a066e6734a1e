-- Issue 18: the check-in's "same photo used before" look-up (CheckInService: one equality probe per check-in) on a
-- hash index instead of V43's B-tree. The B-tree held every 64-character hex hash whole: at a province's 3.3 million
-- check-ins it was 397 MB, larger than the other five indexes of the table, so a probe read four pages from the disk
-- and every insert dirtied a random leaf of it. The hash index keeps a 4-byte hash code per row (about a quarter of
-- the size, one bucket page per probe) and serves only equality, the one question asked of this column.
create index station_checkin_photo_hash_hidx on station_checkin using hash (photo_hash);
drop index station_checkin_photo_hash_idx;
