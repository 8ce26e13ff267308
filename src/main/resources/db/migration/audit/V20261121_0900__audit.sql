-- 审计日志: append-only; each row's hash covers its content and the previous row's hash
create table audit_event (
    id           bigint primary key,
    occurred_at  timestamptz not null,
    actor_id     bigint,
    actor_name   varchar(100) not null,
    org_id       bigint,
    org_path     varchar(1000),
    remote_addr  varchar(64),
    action       varchar(60) not null,
    target_type  varchar(40) not null,
    target_id    varchar(64) not null,
    changes      text not null,
    reason       varchar(1000),
    prev_hash    char(64) not null,
    hash         char(64) not null
);
create sequence audit_event_id;
create index audit_event_target on audit_event (target_type, target_id, id desc);
create index audit_event_org on audit_event (org_path text_pattern_ops, id desc);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end $$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
