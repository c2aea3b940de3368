-- Disputes and where they are mediated now. Free text that may name people (summary, minutes,
-- terms) and outsiders' names and phones are stored encrypted (*_sealed), never in plain text.
create table dispute (
    id                uuid primary key,
    type              text        not null,
    grid_code         text        not null,
    unit_code         text        not null,
    level             text        not null,
    room              text,
    risk_level        text        not null,
    risks             text[]      not null default '{}',
    people_involved   integer     not null check (people_involved >= 1),
    amount_in_dispute numeric(14, 2) check (amount_in_dispute >= 0),
    source            text        not null,
    case_id           uuid unique,
    summary_sealed    text,
    state             text        not null,
    opened_at         timestamptz not null,
    arrived_at        timestamptz not null,
    due_at            timestamptz not null,
    reopen_count      integer     not null default 0,
    check (room is null or level = 'COUNTY'),
    check ((source = 'CASE') = (case_id is not null))
);
create index dispute_grid on dispute (grid_code text_pattern_ops);
create index dispute_unit on dispute (unit_code text_pattern_ops, level);
create index dispute_open_due on dispute (due_at) where state = 'OPEN';

-- A party is a resident or entity of population (by id), or someone outside the ledger whose name
-- and phone only dispute mediation keeps: the party's own id is then the reference events carry.
create table dispute_party (
    id           uuid primary key,
    dispute_id   uuid not null references dispute (id),
    kind         text not null check (kind in ('RESIDENT', 'ENTITY', 'OUTSIDER')),
    ref_id       uuid,
    side         text not null check (side in ('APPLICANT', 'RESPONDENT', 'THIRD_PARTY')),
    name_sealed  text,
    phone_sealed text,
    phone_hash   text,
    check ((kind = 'OUTSIDER') = (ref_id is null)),
    check (kind <> 'OUTSIDER' or name_sealed is not null)
);
create index dispute_party_dispute on dispute_party (dispute_id);
create index dispute_party_ref on dispute_party (ref_id) where ref_id is not null;
create index dispute_party_phone on dispute_party (phone_hash) where phone_hash is not null;

create table mediation_session (
    id             uuid primary key,
    dispute_id     uuid        not null references dispute (id),
    unit_code      text        not null,
    level          text        not null,
    room           text,
    place          text        not null,
    starts_at      timestamptz not null,
    mediators      text[]      not null,
    scheduled_at   timestamptz not null,
    state          text        not null check (state in ('SCHEDULED', 'HELD')),
    outcome        text check (outcome in ('AGREED', 'NOT_AGREED', 'ADJOURNED')),
    minutes_sealed text,
    all_attended   boolean,
    held_at        timestamptz
);
create index mediation_session_dispute on mediation_session (dispute_id);

create table session_party (
    session_id uuid not null references mediation_session (id),
    party_id   uuid not null references dispute_party (id),
    attended   boolean,
    primary key (session_id, party_id)
);

create table agreement (
    id           uuid primary key,
    dispute_id   uuid        not null references dispute (id),
    session_id   uuid        not null references mediation_session (id),
    unit_code    text        not null,
    level        text        not null,
    room         text,
    terms_sealed text        not null,
    amount       numeric(14, 2) check (amount >= 0),
    perform_by   date,
    follow_up_on date,
    settled_at   timestamptz not null
);
create index agreement_dispute on agreement (dispute_id);

-- Signatures are recorded as confirmations: who confirmed for which party, and when.
create table agreement_confirmation (
    agreement_id uuid        not null references agreement (id),
    party_id     uuid        not null references dispute_party (id),
    recorded_by  text        not null,
    confirmed_at timestamptz not null,
    primary key (agreement_id, party_id)
);

create table referral (
    dispute_id  uuid primary key references dispute (id),
    channel     text        not null check (channel in ('LITIGATION', 'ARBITRATION', 'PETITION')),
    body_code   text        not null,
    reason      text        not null,
    referred_at timestamptz not null
);

create table follow_up (
    id             uuid primary key,
    agreement_id   uuid        not null references agreement (id),
    dispute_id     uuid        not null references dispute (id),
    performance    text        not null,
    on_time        boolean     not null,
    notes_sealed   text,
    visitor        text        not null,
    reopened       boolean     not null,
    followed_up_at timestamptz not null
);
create index follow_up_agreement on follow_up (agreement_id);

-- Every step, in order: the payload of the event it published (ids and codes only), who and when.
-- Append-only: inspectors audit it and the indicators are computed from it.
create table dispute_history (
    id          bigserial primary key,
    dispute_id  uuid        not null references dispute (id),
    kind        text        not null,
    unit_code   text        not null,
    level       text        not null,
    grid_code   text        not null,
    actor       text        not null,
    occurred_at timestamptz not null,
    detail      jsonb       not null
);
create index dispute_history_dispute on dispute_history (dispute_id, id);
create index dispute_history_kind_time on dispute_history (kind, occurred_at);

create function dispute_history_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'dispute_history is append-only';
end;
$$;
create trigger dispute_history_no_change before update or delete on dispute_history
    for each statement execute function dispute_history_append_only();
