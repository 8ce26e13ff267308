-- Searches of one or two characters, as people type Chinese names ('华信'): pg_trgm takes no trigram
-- from them, so they read every row, and once PostgreSQL switches the prepared count to its generic
-- plan it even reads the whole trigram index first (about 60 ms with 100,000 institutions). This
-- index holds each name's characters; InstitutionQueries asks it for the names that contain every
-- character of such a search and strpos checks that they stand together: about 4 ms.
-- See docs/load-testing.md.
create index institution_name_chars on institution using gin (string_to_array(name, null));
