-- The institution module's SQL API: an institution's filed details as other modules show them (lists, the
-- application form's PDF, the base registry). Other modules join this view, never institution; the review
-- state, scope and change history stay the institution module's.
create view institution_directory as
select id, organization_id, name, credit_code, type, region_code, address, legal_representative,
       contact_name, contact_phone, contact_email
from institution;
