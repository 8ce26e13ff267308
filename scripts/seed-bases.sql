-- Seeds :count continuing-education bases (default 10,000) for the registry's load test, in one
-- transaction, in about a second.
--
--   psql -h 127.0.0.1 -p 5432 -U postgres -d <database> -f scripts/seed-bases.sql [-v count=10000]
--
-- Needs the demo world (its 人社 organisations); run it against a load-test database only.
-- Levels: about 10 % national (recognised by 人力资源社会保障部, in any county of the country),
-- 45 % provincial and 45 % municipal in the counties of 吉林, 福建 and 山东, recognised by the
-- province's 人社厅 or the city's 人社局 (a city without one in the demo world: the province,
-- and the base is provincial). Statuses: about 85 % ACTIVE, 5 % RECTIFYING, 4 % REVOKED,
-- 3 % CANCELLED, 3 % LAPSED, the last four with the date and reason of the change. Recognised
-- between 2016 and 2025, one to three fields each, numbers as the built-in profiles write them
-- ('闽继基〔2021〕037号'; '国继基' for national bases, '<city>继基' for municipal ones).
-- Verification codes: 12 upper-case hexadecimal digits (upper(left(md5(...), 12))); the registry
-- publishes none, so scripts/registry-load.sh exports some from the database as the plaques that
-- the simulation's visitors verify.
-- Names: '<city><brand><kind>继续教育基地', e.g. 福州市华信职业技术学院继续教育基地, with the brands of
-- scripts/seed-institutions.sql. Re-running it on a seeded database does nothing.

\set ON_ERROR_STOP on
\if :{?count}
\else
  \set count 10000
\endif

-- the verification code of the first seeded base marks a seeded database
select count(*) > 0 as already_seeded from base where verification_code = upper(left(md5('cebase-registry-seed-1'), 12)) \gset
\if :already_seeded
  \echo 'bases already seeded; nothing to do'
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

-- every county of the country, with the 人社 bodies of its province and city where the demo world has them
create temp table seed_region on commit drop as
select county.code, county.name as county_name, city.code as city_code,
       -- 市辖区 / 县 / 省直辖县级行政区划 are placeholders: the province names such a county's bases
       case when city.name in ('市辖区', '县') or city.name like '%直辖%' then province.name else city.name end as city_name,
       province.code as province_code, province.name as province_name,
       p.id as province_authority, c.id as city_authority,
       province.code in ('220000', '350000', '370000') as local
from region county
join region city on city.code = county.parent_code
join region province on province.code = city.parent_code
left join organization p on p.code = 'hrss-' || province.code
left join organization c on c.code = 'hrss-' || city.code
where county.level = 'COUNTY';

create temp table seed_national on commit drop as
select row_number() over (order by code) - 1 as idx, * from seed_region;
create temp table seed_local on commit drop as
select row_number() over (order by code) - 1 as idx, * from seed_region where local and province_authority is not null;

select count(*) as national_regions from seed_national \gset
select count(*) as local_regions from seed_local \gset
select id as mohrss from organization where code = 'mohrss' \gset
\echo :national_regions counties for national bases, :local_regions in 吉林, 福建 and 山东

select setseed(0.1125);

create temp table seed on commit drop as
select n,
       nextval(pg_get_serial_sequence('base', 'id')) as id,
       random() as level_roll,
       random() as region_roll,
       random() as status_roll,
       1 + floor(random() * 20)::int as brand,
       1 + floor(random() * 6)::int as kind,
       1 + floor(random() * 16)::int as field1,
       floor(random() * 3)::int as more_fields,
       date '2016-01-01' + floor(random() * 3650)::int as recognized_on,
       1 + floor(random() * 900)::int as days_to_change
from generate_series(1, :count) n;

create temp table seed_row on commit drop as
select s.*, r.code as region_code, r.county_name, r.city_name, r.province_name,
       case when s.national then 'NATIONAL' when s.level_roll < 0.55 or r.city_authority is null then 'PROVINCIAL'
            else 'MUNICIPAL' end as level,
       case when s.national then :mohrss when s.level_roll < 0.55 or r.city_authority is null then r.province_authority
            else r.city_authority end as authority_id,
       case when s.status_roll < 0.85 then 'ACTIVE' when s.status_roll < 0.90 then 'RECTIFYING'
            when s.status_roll < 0.94 then 'REVOKED' when s.status_roll < 0.97 then 'CANCELLED' else 'LAPSED' end as status
from (select *, level_roll < 0.10 as national,
             floor(region_roll * case when level_roll < 0.10 then :national_regions else :local_regions end)::int as region_idx
      from seed) s
join (select true as national, * from seed_national union all select false, * from seed_local) r
  on r.national = s.national and r.idx = s.region_idx;

create temp table seed_base on commit drop as
select s.*,
       case s.level when 'NATIONAL' then '国'
                    when 'PROVINCIAL' then (case left(s.region_code, 2) when '22' then '吉' when '35' then '闽' else '鲁' end)
                    else regexp_replace(s.city_name, '(市|地区|朝鲜族自治州)$', '') end
         || '继基〔' || extract(year from s.recognized_on) || '〕' as prefix
from seed_row s;

insert into base (id, number, verification_code, institution_id, name, credit_code, level, authority_id, region_code,
                  fields, recognized_on, status, call_id, declaration_id, source, subsidy_yuan, address,
                  contact_person, contact_phone, status_changed_on, status_reason, created_at)
select s.id,
       s.prefix || lpad(row_number() over (partition by s.prefix order by s.recognized_on, s.n)::text, 3, '0') || '号',
       upper(left(md5('cebase-registry-seed-' || s.n), 12)),
       null,
       s.city_name || (array['华信', '博远', '启航', '明德', '卓越', '正泰', '鸿业', '远大', '新华', '精诚',
                             '天元', '恒信', '金桥', '智博', '东方', '育才', '英才', '睿智', '海纳', '中科'])[s.brand]
         || (array['职业技术学院', '大学', '科学技术研究院', '专业技术人员协会', '企业培训中心', '职业培训学校'])[s.kind]
         || '继续教育基地',
       pg_temp.uscc((array['12', '12', '12', '51', '91', '52'])[s.kind] || s.region_code || lpad(s.n::text, 9, '0')),
       s.level, s.authority_id, s.region_code,
       array_to_string(array(select f from unnest(array['工程技术', '卫生健康', '教育', '农业农村', '经济管理', '会计审计',
                                                       '信息技术', '数字经济', '智能制造', '生物医药', '新能源', '文化旅游',
                                                       '法律服务', '建筑工程', '交通运输', '生态环境']) with ordinality as t(f, i)
                             where i = s.field1 or (s.more_fields >= 1 and i = 1 + (s.field1 + 4) % 16)
                                or (s.more_fields >= 2 and i = 1 + (s.field1 + 9) % 16) order by i), '；'),
       s.recognized_on, s.status, null, null, 'IMPORTED',
       case when s.level = 'NATIONAL' then 5000000 end,
       s.province_name || s.city_name || s.county_name || (array['人民路', '建设路', '解放路', '中山路', '新华路'])[1 + s.n % 5]
         || (1 + s.n % 999) || '号',
       (array['孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高', '郑'])[1 + (s.n / 7) % 10] || '老师',
       '0' || substr(s.region_code, 1, 3) || '-8' || lpad((s.n % 10000000)::text, 7, '0'),
       case when s.status <> 'ACTIVE' then least(s.recognized_on + s.days_to_change, date '2026-10-31') end,
       case s.status when 'RECTIFYING' then '年度考核不合格，限期整改' when 'REVOKED' then '整改期满仍不合格，撤销基地称号'
                     when 'CANCELLED' then '基地申请注销' when 'LAPSED' then '未按期申请重新确认' end,
       now()
from seed_base s
on conflict do nothing;

commit;

select level, status, count(*) from base where source = 'IMPORTED' group by rollup (level, status) order by 1, 2;

-- fresh statistics for the planner, and a visibility map so that counts can use index-only scans
vacuum (analyze) base;
