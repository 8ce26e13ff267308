-- Part of the organization module's SQL API, with organization_names and region_names: an organisation's
-- place in the hierarchy, for the modules that scope their rows by a path prefix (its own and its
-- subordinates'). Other modules join this view, never the organization table behind it.
create view organization_paths as select id, name, path from organization;
