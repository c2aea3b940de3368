-- Deadlines: when the light of the current stage turns yellow, whether its warning and its overdue
-- have fired, and the next moment the scheduler must look at the case.
alter table case_file
    add column warn_at             timestamptz,
    add column warned              boolean not null default false,
    add column overdue             boolean not null default false,
    add column next_deadline_at    timestamptz,
    -- Departments that let a deadline of the case pass, for their assessment.
    add column overdue_departments text[]  not null default '{}',
    -- A report linked to the open case it repeats.
    add column duplicate_of        uuid references case_file (id);

-- The scheduler takes the earliest pending deadline of open cases from this index alone; a case
-- with nothing pending (closed, or both its warning and overdue fired) is not in it.
drop index case_file_due;
create index case_file_next_deadline on case_file (next_deadline_at) where next_deadline_at is not null;

-- Duplicate detection: open cases of a category inside a small box of latitude and longitude, the
-- exact distance checked afterwards. The state list is that of DuplicateFinder's query.
create index case_file_open_nearby on case_file (category, latitude, longitude, reported_at)
    where latitude is not null
      and state in ('FILED', 'ASSIGNED', 'ESCALATED', 'DISPATCHED', 'HANDLED', 'VERIFIED', 'REOPENED');

create index case_file_duplicate_of on case_file (duplicate_of) where duplicate_of is not null;

-- The indicators projection (综合评价): one row per case, folded from case.events alone, so it
-- can be dropped and rebuilt by replaying the topic from its start.
create table indicator_case (
    case_id          uuid primary key,
    -- The grid the problem lies in (the county's code while unplaced); null for a rejected report.
    grid_code        text,
    category         text,
    -- When the report came in: filed, or rejected (a duplicate counts under the case it repeats).
    reported_at      timestamptz not null,
    filed_at         timestamptz,
    rejected         boolean     not null default false,
    duplicate_of     uuid,
    worker_id        text,
    department_code  text,
    -- The level holding the case now, or when it closed: where it was settled.
    level            text,
    closed_at        timestamptz,
    closed_on_time   boolean,
    rework_count     integer     not null default 0,
    overdue_count    integer     not null default 0,
    department_late  boolean     not null default false,
    rating           smallint
);

create index indicator_case_grid on indicator_case (grid_code text_pattern_ops, reported_at);
create index indicator_case_duplicate_of on indicator_case (duplicate_of) where duplicate_of is not null;

-- How far the projection has read case.events, per partition, committed with the rows it wrote:
-- a batch is applied exactly once, whatever Kafka redelivers.
create table indicator_offset (
    kafka_partition integer primary key,
    next_offset     bigint not null
);
