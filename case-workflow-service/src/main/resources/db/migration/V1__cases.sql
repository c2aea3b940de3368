-- A case: the report it was filed from (never changes) and where it stands in the loop.
create table case_file (
    id                  uuid primary key,
    report_id           uuid        not null,
    tracking_code       text        not null,
    category            text        not null,
    description         text        not null,
    longitude           double precision,
    latitude            double precision,
    reported_grid_code  text,
    address_text        text,
    channel             text        not null,
    photo_urls          text[]      not null default '{}',
    people_involved     integer     not null,
    risk_flag           boolean     not null,
    reporter_ref        text,
    reported_at         timestamptz not null,

    state               text        not null,
    severity            text        not null,
    -- The grid the problem lies in; the county while the case waits to be placed.
    grid_code           text,
    level               text,
    unit_code           text,
    assignee_id         text,
    department_code     text,
    awaiting_placement  boolean     not null default false,
    supervised          boolean     not null default false,
    rework_count        integer     not null default 0,
    -- The stage someone must act on now and when its time limit runs out (null once nobody must).
    stage               text,
    due_at              timestamptz,
    late_stages         integer     not null default 0,
    reject_reason       text,
    handling_summary    text,
    handling_photo_urls text[]      not null default '{}',
    rating              smallint,
    rating_comment      text,
    transitions         integer     not null,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null,
    -- The same report arriving by REST and by Kafka, or twice by either, is one case.
    constraint case_file_report_unique unique (report_id),
    constraint case_file_tracking_unique unique (tracking_code),
    constraint case_file_rating check (rating between 1 and 5)
);

-- Listings within a territory are prefix scans on the grid and on the holding unit.
create index case_file_grid on case_file (grid_code text_pattern_ops, reported_at desc);
create index case_file_unit on case_file (unit_code text_pattern_ops, reported_at desc);
create index case_file_department on case_file (department_code, reported_at desc) where department_code is not null;
create index case_file_reported_at on case_file (reported_at desc);
-- The deadline scheduler finds due stages of open cases without scanning the rest.
create index case_file_due on case_file (due_at) where due_at is not null;

-- How to reach the reporter: kept here only, never in an event, a log line or a listing.
create table case_reporter_contact (
    case_id uuid primary key references case_file (id),
    contact text not null
);

-- The audit trail (全程留痕): one row per transition, in order per case. Append-only.
create table case_event (
    id          bigserial primary key,
    case_id     uuid        not null references case_file (id),
    seq         integer     not null,
    action      text        not null,
    from_state  text,
    to_state    text        not null,
    level       text,
    unit_code   text,
    actor_id    text        not null,
    actor_role  text        not null,
    reason      text,
    at          timestamptz not null,
    constraint case_event_seq_unique unique (case_id, seq)
);

-- Inspectors rely on the trail being complete and unaltered: the database refuses changes to it.
create function case_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'case_event is append-only: % refused', tg_op;
end;
$$;

create trigger case_event_no_update_or_delete
    before update or delete or truncate on case_event
    for each statement execute function case_event_append_only();
