-- The resident who reported a case is told of its close by SMS or e-mail. They have no account: the
-- recipient is the case (recipient_id its id), and their contact is asked of case-workflow when the
-- message is sent, never stored here.
alter table notification drop constraint notification_recipient_kind_check;
alter table notification add constraint notification_recipient_kind_check
    check (recipient_kind in ('ACCOUNT', 'DEPARTMENT', 'REPORTER'));

-- A reporter gets a delivery per channel the rule names; the one their contact does not fit (or
-- both, when they left none) is SKIPPED rather than FAILED: nothing went wrong.
alter table delivery drop constraint delivery_status_check;
alter table delivery add constraint delivery_status_check
    check (status in ('PENDING', 'SENT', 'FAILED', 'SKIPPED'));
