-- The rate-limit buckets every gateway replica shares (gridgov.gateway.limits.store=postgresql),
-- in the shape bucket4j's PostgreSQL store reads and writes (limits.SharedBuckets).
create table rate_limit_bucket (
    -- user:<token subject>, address:<client>, public:<client>
    id         text primary key,
    -- bucket4j's serialised state
    state      bytea,
    -- epoch milliseconds after which the bucket would be full again: the row may go
    expires_at bigint
);

create index rate_limit_bucket_expires on rate_limit_bucket (expires_at);
