-- When the reporter's contact was erased, gridgov.cases.reporter-contact-retention after the case
-- ended (closed, or rejected): the case keeps that it had one and when it went. Null while the
-- contact is kept, and for a case whose reporter left none.
alter table case_file add column reporter_contact_erased_at timestamptz;

