-- Why a command centre rejected a filed case (PRANK, DUPLICATE, NOT_GOVERNMENT_MATTER, INVALID);
-- null for every other case, and for reports intake did not file.
alter table case_file add column rejection_code text;

-- When the case last closed (null while it is not closed): a resident's low rating reopens it only
-- within a while of the close.
alter table case_file add column closed_at timestamptz;
update case_file f set closed_at = (select max(e.at) from case_event e where e.case_id = f.id and e.action = 'CLOSE')
where f.state in ('CLOSED', 'EVALUATED');

alter table indicator_case add column rejection_code text;

-- Every read of a reporter's contact: who read it, in which role, why; never the contact itself.
-- Append-only, like the audit trail.
create table reporter_contact_read (
    id          bigserial   primary key,
    case_id     uuid        not null references case_file (id),
    reader_id   text        not null,
    reader_role text        not null,
    purpose     text        not null,
    found       boolean     not null,
    read_at     timestamptz not null
);
create index reporter_contact_read_case on reporter_contact_read (case_id, read_at);

create function reporter_contact_read_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'reporter_contact_read is append-only: % refused', tg_op;
end;
$$;

create trigger reporter_contact_read_no_update_or_delete
    before update or delete or truncate on reporter_contact_read
    for each statement execute function reporter_contact_read_append_only();
