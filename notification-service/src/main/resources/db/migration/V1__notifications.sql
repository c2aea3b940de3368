-- What this service knows of each case from case.events, so that events which carry no unit or
-- category (handled, reopened, supervised ...) can still be routed and worded.
create table known_case (
    case_id         uuid primary key,
    unit_code       text,
    category        text,
    department_code text,
    assignee_id     text,
    due_at          timestamptz,
    updated_at      timestamptz not null default now()
);

-- Where a person is reached besides the inbox. Contact points live here and nowhere else:
-- events carry account ids only.
create table contact_point (
    account_id text primary key,
    email      text,
    phone      text,
    locale     text        not null default 'zh-CN',
    updated_at timestamptz not null default now()
);

-- A user following a unit subtree, optionally narrowed to one category.
create table subscription (
    id         uuid primary key,
    account_id text        not null,
    unit_code  text        not null,
    category   text,
    created_at timestamptz not null default now(),
    unique (account_id, unit_code, category)
);
create index subscription_unit on subscription (unit_code);

-- A department's endpoint; the secret signs every delivery to it.
create table webhook_endpoint (
    id              uuid primary key,
    department_code text        not null,
    url             text        not null,
    secret          text        not null,
    description     text,
    active          boolean     not null default true,
    created_by      text        not null,
    created_at      timestamptz not null default now()
);
create index webhook_endpoint_department on webhook_endpoint (department_code) where active;

-- One notification per fact and recipient: the fact key is the event type, the case and the time
-- of the fact, so the same fact read twice (a redelivery, or its twin on a routing topic) is one row.
create table notification (
    id             uuid primary key,
    fact_key       text        not null,
    event_id       text        not null,
    event_type     text        not null,
    case_id        uuid,
    recipient_kind text        not null check (recipient_kind in ('ACCOUNT', 'DEPARTMENT')),
    recipient_id   text        not null,
    template       text        not null,
    locale         text        not null,
    title          text        not null,
    body           text        not null,
    link           text,
    urgent         boolean     not null,
    created_at     timestamptz not null default now(),
    read_at        timestamptz,
    unique (fact_key, recipient_kind, recipient_id)
);
create index notification_inbox on notification (recipient_id, (read_at is null) desc, created_at desc)
    where recipient_kind = 'ACCOUNT';

-- The outbox of the channels: one row per notification, channel and target (a webhook endpoint),
-- sent by whichever replica claims it first (FOR UPDATE SKIP LOCKED).
create table delivery (
    id              uuid primary key,
    notification_id uuid        not null references notification (id),
    channel         text        not null check (channel in ('INBOX', 'EMAIL', 'SMS', 'WEBHOOK')),
    target          text        not null default '',
    subject         text,
    body            text        not null,
    status          text        not null check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    pending_since   timestamptz not null default now(),
    last_attempt_at timestamptz,
    last_error      text,
    sent_at         timestamptz,
    unique (notification_id, channel, target)
);
create index delivery_due on delivery (channel, next_attempt_at) where status = 'PENDING';
create index delivery_target on delivery (target, pending_since desc) where channel = 'WEBHOOK';
