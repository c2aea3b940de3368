-- A dispute whose time limit ran out climbs one level by itself; at the county, with nothing above,
-- the overrun is noted instead, once per deadline (cleared when the dispute moves or reopens).
alter table dispute add column overdue_noted_at timestamptz;

-- The scheduler's only way in: open disputes still waiting for their deadline's consequence, by the
-- time it runs out. Noted county disputes leave the index, so they are not claimed again every round.
drop index dispute_open_due;
create index dispute_overdue_due on dispute (due_at) where state = 'OPEN' and overdue_noted_at is null;
