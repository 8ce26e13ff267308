-- The call module's SQL API: a call as other modules' lists name it. Other modules join this view, never
-- call_for_applications.
create view call_summaries as select id, title from call_for_applications;
