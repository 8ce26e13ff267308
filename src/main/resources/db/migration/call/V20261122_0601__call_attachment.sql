-- the name a person gave a file where they attached it
create table call_attachment (
    call_id      bigint not null references call_for_applications (id),
    file_id      bigint not null references stored_file (id),
    name         varchar(200) not null,
    uploaded_by  bigint not null,
    uploaded_at  timestamptz not null,
    primary key (call_id, file_id)
);
