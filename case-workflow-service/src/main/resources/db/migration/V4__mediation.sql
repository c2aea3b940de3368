-- A case whose dispute is in mediation (dispute-mediation's dispute.events) waits for the dispute's
-- outcome: its deadline is paused, keeping what the stage had left in the time its limits count
-- (working or calendar time), so that it could go on with exactly that much; and it closes with the
-- dispute's settlement or referral.
alter table case_file
    -- The dispute opened from the case; DisputeEscalated names only the dispute, so it is looked up by it.
    add column dispute_id        uuid,
    -- When the case entered mediation; null when it is not in mediation.
    add column mediating_since   timestamptz,
    add column paused_to_warn_ms bigint,
    add column paused_to_due_ms  bigint,
    -- VERIFIED, SETTLED or REFERRED once the case is closed.
    add column close_cause       text;

create index case_file_dispute on case_file (dispute_id) where dispute_id is not null;

-- Every case closed so far was closed by verification on site.
update case_file set close_cause = 'VERIFIED' where state in ('CLOSED', 'EVALUATED');
