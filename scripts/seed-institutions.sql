-- Seeds :count institutions (default 100,000) for the load test, in one transaction, in seconds.
--
--   psql -h localhost -p <port> -U postgres -d cebase -f scripts/seed-institutions.sql [-v count=100000]
--
-- Needs the demo world (its 人社 organisations); run it against a load-test database only.
-- Every institution gets what registration would give it: an INSTITUTION organisation below the
-- 人社 body of its county (the county's own, else the city's, else the province's), with
-- path = parent path || id || '/', and the institution's scope_path = that path, authority_id =
-- that parent. Credit codes are valid GB 32100-2015 codes (check character included) and unique.
-- Regions: every county of 吉林 (22), 福建 (35) and 山东 (37), including the 淄博 districts.
-- Statuses: about 85 % ACTIVE, 8 % PENDING, 4 % SUSPENDED, 3 % REJECTED.
-- Names: '<city><brand><kind><n>', e.g. 长春市华信职业培训学校1234; the brands are listed below and are
-- what the load test searches for. Re-running it on a seeded database does nothing.

\set ON_ERROR_STOP on
\if :{?count}
\else
  \set count 100000
\endif

select count(*) > 0 as already_seeded from organization where code like 'inst-%' and name ~ '[0-9]$' \gset
\if :already_seeded
  \echo 'institutions already seeded; nothing to do'
  \quit
\endif

\timing on
begin;

-- the check character of a 统一社会信用代码 (GB 32100-2015), as UnifiedSocialCreditCode computes it
create function pg_temp.uscc(first17 text) returns text language sql immutable as $$
  select first17 || substr('0123456789ABCDEFGHJKLMNPQRTUWXY', ((31 - sum % 31) % 31 + 1)::int, 1)
  from (select sum((strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(first17, i::int, 1)) - 1) * w) as sum
        from unnest(array[1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]) with ordinality as t(w, i)) s
$$;

-- the counties and the 人社 body that supervises each
create temp table seed_region on commit drop as
select row_number() over (order by county.code) - 1 as idx,
       county.code, county.name as county_name, city.name as city_name, province.name as province_name,
       authority.id as authority_id, authority.path as authority_path
from region county
join region city on city.code = county.parent_code
join region province on province.code = city.parent_code
cross join lateral (
  select o.id, o.path
  from organization o
  where o.code in ('hrss-' || county.code, 'hrss-' || city.code, 'hrss-' || province.code)
  order by length(o.path) desc
  limit 1) authority
where county.level = 'COUNTY' and province.code in ('220000', '350000', '370000');

select count(*) as regions from seed_region \gset
\echo :regions counties with a 人社 authority

select setseed(0.2026);

create temp table seed on commit drop as
select n,
       nextval(pg_get_serial_sequence('organization', 'id')) as org_id,
       floor(random() * :regions)::int as region_idx,
       random() as type_roll,
       random() as status_roll,
       1 + floor(random() * 20)::int as brand,
       now() - random() * interval '6 years' as registered_at
from generate_series(1, :count) n;

create temp table seed_row on commit drop as
select s.n, s.org_id, r.code as region_code, r.authority_id, r.authority_path || s.org_id || '/' as path,
       t.type,
       r.city_name || (array['华信', '博远', '启航', '明德', '卓越', '正泰', '鸿业', '远大', '新华', '精诚',
                             '天元', '恒信', '金桥', '智博', '东方', '育才', '英才', '睿智', '海纳', '中科'])[s.brand]
         || t.suffix || s.n as name,
       pg_temp.uscc(t.prefix || r.code || lpad(s.n::text, 9, '0')) as credit_code,
       r.province_name || r.city_name || r.county_name || (array['人民路', '建设路', '解放路', '中山路', '新华路'])[1 + s.n % 5]
         || (1 + s.n % 999) || '号' as address,
       (array['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'])[1 + s.n % 10]
         || (array['建国', '秀英', '志强', '海燕', '伟', '敏', '磊', '静', '涛', '丽'])[1 + (s.n / 10) % 10] as legal_representative,
       (array['孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高', '郑'])[1 + (s.n / 7) % 10] || '老师' as contact_name,
       '0' || substr(r.code, 1, 3) || '-8' || lpad((s.n % 10000000)::text, 7, '0') as contact_phone,
       case when s.n % 3 = 0 then null else 'contact' || s.n || '@example.cn' end as contact_email,
       case when s.status_roll < 0.85 then 'ACTIVE' when s.status_roll < 0.93 then 'PENDING'
            when s.status_roll < 0.97 then 'SUSPENDED' else 'REJECTED' end as status,
       s.registered_at
from seed s
join seed_region r on r.idx = s.region_idx
cross join lateral (
  select * from (values
    (0.00, 0.50, 'TRAINING_ORGANIZATION', '职业培训学校', '52'),
    (0.50, 0.65, 'ENTERPRISE_TRAINING_CENTRE', '企业培训中心', '91'),
    (0.65, 0.77, 'ASSOCIATION', '专业技术人员协会', '51'),
    (0.77, 0.85, 'UNIVERSITY', '职业技术学院', '12'),
    (0.85, 0.93, 'RESEARCH_INSTITUTE', '科学技术研究院', '12'),
    (0.93, 1.01, 'OTHER', '继续教育中心', '52')) as v(lo, hi, type, suffix, prefix)
  where s.type_roll >= v.lo and s.type_roll < v.hi) t;

insert into organization (id, code, name, kind, region_code, parent_id, path, created_at)
select org_id, 'inst-' || credit_code, name, 'INSTITUTION', region_code, authority_id, path, registered_at
from seed_row;

insert into institution (credit_code, name, type, region_code, address, legal_representative, contact_name,
                         contact_phone, contact_email, status, organization_id, authority_id, scope_path,
                         decision_reason, registered_at, decided_at)
select credit_code, name, type, region_code, address, legal_representative, contact_name, contact_phone,
       contact_email, status, org_id, authority_id, path,
       case status when 'SUSPENDED' then '年度检查未按期提交材料' when 'REJECTED' then '办学条件不符合要求' end,
       registered_at,
       case when status <> 'PENDING' then registered_at + (1 + n % 20) * interval '1 day' end
from seed_row
order by registered_at;

commit;

select count(*) as institutions, count(*) filter (where status = 'ACTIVE') as active,
       count(*) filter (where status = 'PENDING') as pending from institution;

-- fresh statistics for the planner, and a visibility map so that counts can use index-only scans
vacuum (analyze) organization;
vacuum (analyze) institution;
