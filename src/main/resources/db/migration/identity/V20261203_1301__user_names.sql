-- The identity module's SQL API: who an account is, by the name it shows, for the modules that display
-- who acted. Other modules join this view, never user_account; no password hash, roles or lockout state.
create view user_names as select id, username, display_name from user_account;
