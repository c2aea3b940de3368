-- The audit trail is keyed by its case and each row's place in the case's order, which every read
-- uses. The surrogate id cost every row a sequence step and a second index entry, and nothing read it.
alter table case_event drop constraint case_event_pkey;
alter table case_event drop column id;
alter table case_event drop constraint case_event_seq_unique;
alter table case_event add constraint case_event_pkey primary key (case_id, seq);
