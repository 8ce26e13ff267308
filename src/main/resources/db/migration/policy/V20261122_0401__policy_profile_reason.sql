-- why a new version was made ("2027年度名额调整"), shown in the history
alter table policy_profile add column reason varchar(500);
