-- the organisation the applicant applies through (推荐单位, or 行业主管部门 where the route starts there)
alter table declaration add column channel_id bigint references organization (id);
-- what the applicant is told with the last outcome: the comments of a return, the reasons of a refusal
alter table declaration add column note varchar(2000);
