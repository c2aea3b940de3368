-- The transactional outbox: rows written with the state change, published by OutboxRelay.
-- A row without data is a tombstone: a null-value record that removes its key from a compacted topic.
create table gridgov_outbox (
    id            bigserial primary key,
    event_id      text        not null,
    topic         text        not null,
    message_key   text,
    ce_type       text        not null,
    ce_source     text        not null,
    ce_subject    text,
    ce_time       timestamptz not null,
    ce_dataschema text,
    data          bytea,
    traceparent   text,
    created_at    timestamptz not null default now(),
    sent_at       timestamptz
);

-- The relay reads only unsent rows in id order; the index stays as small as the backlog.
create index gridgov_outbox_unsent on gridgov_outbox (id) where sent_at is null;
create index gridgov_outbox_sent_at on gridgov_outbox (sent_at) where sent_at is not null;

-- Idempotent consumers: one row per (consumer, ce_id), written in the transaction of the effect.
create table gridgov_processed_event (
    consumer     text        not null,
    event_id     text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
