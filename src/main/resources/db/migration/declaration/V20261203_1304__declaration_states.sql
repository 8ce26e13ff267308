-- The declaration module's SQL API: where each application stands, whose it is and for which call, with the
-- two answers of its form that other modules' lists show. Other modules join this view, never declaration;
-- the rest of the form and the versions come through DeclarationManagement.
create view declaration_states as
select id, call_id, institution_id, track, status, submitted_at, updated_at,
       form::jsonb ->> 'keyField' as key_field,
       form::jsonb -> 'annualTrainees' as annual_trainees
from declaration;
