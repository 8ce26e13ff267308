-- 限流: one fixed window per limit and client, shared by every node (RateLimiter); ended windows are swept out
create table rate_limit_window (
    name      varchar(50) not null,
    client    varchar(100) not null,
    ends_at   timestamptz not null,
    requests  int not null,
    primary key (name, client)
);
create index rate_limit_window_ends on rate_limit_window (ends_at);
