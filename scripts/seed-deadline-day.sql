-- Seeds the accounts of the deadline-day load test (scripts/deadline-day.sh), in one transaction:
--
--   psql -h localhost -p <port> -U postgres -d cebase -f scripts/seed-deadline-day.sql [-v count=200] [-v reviewers=20]
--   psql ... -f scripts/seed-deadline-day.sql -v prefix=load.warm -v series=WU -v count=20 -v reviewers=0
--
-- (the second: the warm-up's own institutions load.warm.001 …, so that the measured run's 200
-- start from nothing; :series keeps their credit codes apart.)
--
-- * :count ACTIVE institutions (default 200) in the districts and counties of 福州 (every county of
--   福州市 but 平潭, which has its own 人社 body), each with one INSTITUTION account :prefix.001,
--   :prefix.002, … (prefix load.inst by default) — what registration and approval by 福州市人社局
--   would give: an INSTITUTION organisation below hrss-350100 with path = parent path || id || '/',
--   the institution's scope_path = that path and authority_id = hrss-350100, and the account tied
--   to the organisation.
-- * :reviewers reviewer accounts (default 20): the first half load.review.01 … at 福州市人社局
--   (hrss-350100, AUTHORITY and RECOMMENDER, like fj.fuzhou), the rest at 福建省人社厅
--   (hrss-350000, AUTHORITY, like fj.authority).
--
-- Every account has the demo password (Cebase@2026): its bcrypt hash is copied from fj.fuzhou.
-- Needs the demo world; run it against a load-test database only. Re-running it does nothing.
-- Credit codes are valid GB 32100-2015 codes of the form 52 3501xx <series> nnnnnnn + check character
-- (series LD by default), which scripts/seed-institutions.sql (digits only) never produces.

\set ON_ERROR_STOP on
\if :{?count}
\else
  \set count 200
\endif
\if :{?reviewers}
\else
  \set reviewers 20
\endif
\if :{?prefix}
\else
  \set prefix load.inst
\endif
\if :{?series}
\else
  \set series LD
\endif

select count(*) > 0 as already_seeded from user_account where username like :'prefix' || '.%' \gset
\if :already_seeded
  \echo 'deadline-day accounts already seeded; nothing to do'
  \quit
\endif

begin;

-- the check character of a 统一社会信用代码 (GB 32100-2015), as UnifiedSocialCreditCode computes it
create function pg_temp.uscc(first17 text) returns text language sql immutable as $$
  select first17 || substr('0123456789ABCDEFGHJKLMNPQRTUWXY', ((31 - sum % 31) % 31 + 1)::int, 1)
  from (select sum((strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(first17, i::int, 1)) - 1) * w) as sum
        from unnest(array[1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]) with ordinality as t(w, i)) s
$$;

select password_hash as hash from user_account where username = 'fj.fuzhou' \gset
select id as fuzhou_id, path as fuzhou_path from organization where code = 'hrss-350100' \gset
select id as fujian_id from organization where code = 'hrss-350000' \gset

-- the counties of 福州 whose responsible 人社 body is 福州市人社局
create temp table seed_region on commit drop as
select row_number() over (order by code) - 1 as idx, code, name
from region
where parent_code = '350100' and level = 'COUNTY'
  and not exists (select 1 from organization o where o.code = 'hrss-' || region.code);

select count(*) as regions from seed_region \gset

create temp table seed_row on commit drop as
select n, nextval(pg_get_serial_sequence('organization', 'id')) as org_id, r.code as region_code,
       '福州市' || r.name || '继续教育培训中心' || :'series' || lpad(n::text, 3, '0') as name,
       pg_temp.uscc('52' || r.code || :'series' || lpad(n::text, 7, '0')) as credit_code,
       '福建省福州市' || r.name || '工业路' || n || '号' as address,
       :'prefix' || '.' || lpad(n::text, 3, '0') as username
from generate_series(1, :count) n
join seed_region r on r.idx = (n - 1) % :regions;

insert into organization (id, code, name, kind, region_code, parent_id, path, created_at)
select org_id, 'inst-' || credit_code, name, 'INSTITUTION', region_code, :fuzhou_id,
       :'fuzhou_path' || org_id || '/', now() - interval '400 days'
from seed_row;

insert into institution (credit_code, name, type, region_code, address, legal_representative, contact_name,
                         contact_phone, contact_email, status, organization_id, authority_id, scope_path,
                         registered_at, decided_at)
select credit_code, name, 'TRAINING_ORGANIZATION', region_code, address, '林建国', '陈老师',
       '0591-8' || lpad(n::text, 7, '0'), null, 'ACTIVE', org_id, :fuzhou_id, :'fuzhou_path' || org_id || '/',
       now() - interval '400 days', now() - interval '390 days'
from seed_row
order by n;

insert into user_account (username, password_hash, display_name, organization_id, roles)
select username, :'hash', name || '管理员', org_id, 'INSTITUTION'
from seed_row
order by n;

insert into user_account (username, password_hash, display_name, organization_id, roles)
select 'load.review.' || lpad(n::text, 2, '0'), :'hash',
       case when n <= (:reviewers + 1) / 2 then '福州市人社局 审核员' else '福建省人社厅 审核员' end || lpad(n::text, 2, '0'),
       case when n <= (:reviewers + 1) / 2 then :fuzhou_id else :fujian_id end,
       case when n <= (:reviewers + 1) / 2 then 'AUTHORITY,RECOMMENDER' else 'AUTHORITY' end
from generate_series(1, :reviewers) n
where not exists (select 1 from user_account where username = 'load.review.' || lpad(n::text, 2, '0'));

commit;

select count(*) as institutions, count(distinct i.region_code) as counties
from institution i join user_account u on u.organization_id = i.organization_id
where u.username like :'prefix' || '.%' and i.status = 'ACTIVE';
select o.code as reviewer_organisation, u.roles, count(*) as reviewers
from user_account u join organization o on o.id = u.organization_id
where u.username like 'load.review.%' group by o.code, u.roles order by o.code;

vacuum (analyze) organization;
vacuum (analyze) institution;
vacuum (analyze) user_account;
