-- The document module's SQL API: what a stored file is, without its bytes (those come from DocumentStore),
-- for the modules that list their attachments and evidence. Other modules join this view, never stored_file.
create view stored_file_info as select id, size, media_type, sha256 from stored_file;
