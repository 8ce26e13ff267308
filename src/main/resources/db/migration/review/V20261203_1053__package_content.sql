-- 打包下载: the finished ZIP in the database, where every node finds it, in pieces of at most 1 MB so that neither
-- writing nor downloading holds a whole package in memory; removed with its job when the job is old
create table package_chunk (
    job_id   bigint not null references package_job (id) on delete cascade,
    seq      int not null,
    content  bytea not null,
    primary key (job_id, seq)
);
-- a ZIP is compressed already: kept out of line as it is, without PostgreSQL trying to compress it again
alter table package_chunk alter column content set storage external;
