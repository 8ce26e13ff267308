-- The public registry (Registry.java), measured with EXPLAIN ANALYZE on 10,000 bases
-- (scripts/seed-bases.sql; docs/load-testing.md, "Registry").
--
-- Every page is sorted by recognition date, newest first, then number. Without this index
-- PostgreSQL joined all 9,000 bases holding the title to organization and region before sorting
-- them for the first 20 (30-100 ms); with it the page reads its 20 rows in order (0.3 ms), and a
-- filter by level, region or status still reads only a few hundred index entries.
create index base_registry_order on base (recognized_on desc, number);

-- Words of the name or number, and a field, of three characters or more: LIKE '%...%' through
-- pg_trgm (0.1-0.8 ms instead of a 3 ms sequential scan). Shorter searches (华信, 卫生) have no
-- trigram and are read with strpos from the table, about 3 ms for 10,000 bases.
create index base_name_trgm on base using gin (name gin_trgm_ops);
create index base_number_trgm on base using gin (number gin_trgm_ops);
create index base_fields_trgm on base using gin (fields gin_trgm_ops);
