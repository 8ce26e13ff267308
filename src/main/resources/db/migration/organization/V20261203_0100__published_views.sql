-- What the organization module publishes as its SQL API: other modules join these views for names to
-- display, never the tables behind them, so that the tables may change without breaking them.
create view organization_names as select id, code, name, region_code from organization;
create view region_names as select code, name from region;
