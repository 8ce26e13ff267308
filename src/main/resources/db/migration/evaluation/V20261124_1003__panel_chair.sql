-- 组长: one accepted member of the panel, designated by the authority, who writes the panel's summary
alter table panel add column chair_expert_id bigint references expert (id);

-- 评审意见汇总: the chair's summary opinion and recommendation on each of the panel's applications,
-- written once every sheet of the panel is locked; a rewrite replaces it (the audit log keeps each one)
create table chair_summary (
    panel_id       bigint not null references panel (id),
    declaration_id bigint not null references declaration (id),
    recommendation varchar(20) not null check (recommendation in ('RECOGNIZE', 'NOT_RECOGNIZE', 'INSPECT_FIRST')),
    text           varchar(2000) not null,
    expert_id      bigint not null references expert (id),
    written_at     timestamptz not null,
    primary key (panel_id, declaration_id)
);
create index chair_summary_declaration on chair_summary (declaration_id);
