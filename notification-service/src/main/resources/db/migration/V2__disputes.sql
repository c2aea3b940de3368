-- Notifications of dispute.events name their dispute (and, when it was opened from a case, the case).
alter table notification add column dispute_id uuid;

-- What this service knows of each dispute from dispute.events, so that events which carry no type or
-- mediators (escalated, held, settled, referred, followed up) can still be worded and routed, and a
-- session scheduled again under its id reads as a rescheduling.
create table known_dispute (
    dispute_id   uuid primary key,
    dispute_type text,
    case_id      uuid,
    session_id   uuid,
    mediator_ids text[]      not null default '{}',
    updated_at   timestamptz not null default now()
);
