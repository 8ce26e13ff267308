-- 重新确认 (SD 三(三)): a base re-confirmed in a call keeps its number; each re-confirmation is kept
create table base_reconfirmation (
    base_id        bigint not null references base (id),
    call_id        bigint not null references call_for_applications (id),
    declaration_id bigint not null references declaration (id),
    reconfirmed_on date not null,
    created_at     timestamptz not null,
    primary key (base_id, call_id)
);
create index base_reconfirmation_call on base_reconfirmation (call_id);
