-- The territory: every unit from county down to micro-grid, one row each, kept after retirement.
create table unit (
    code          varchar(21)  primary key,
    parent_code   varchar(21)  references unit (code),
    name          varchar(100) not null,
    level         varchar(16)  not null,
    kind          varchar(16)  not null,
    households    integer      not null check (households >= 0),
    enterprises   integer      not null check (enterprises >= 0),
    -- The unit's own setting; null inherits the nearest ancestor's.
    routing_mode  varchar(16),
    -- WKB of a Polygon or MultiPolygon in WGS 84 lon/lat; null where none is drawn.
    boundary      bytea,
    retired       boolean      not null default false,
    -- Increases with every change of the unit, including its staff and its inherited routing mode.
    version       bigint       not null,
    updated_at    timestamptz  not null,
    check (code ~ '^[0-9]{6}([0-9]{3}){0,4}$'),
    check ((parent_code is null) = (length(code) = 6))
);

create index unit_by_parent on unit (parent_code) where not retired;
create index unit_by_code_prefix on unit (code varchar_pattern_ops);

-- Staff assignments with their history: an assignment ends (assigned_to) and is never deleted.
create table staff_assignment (
    id             bigserial    primary key,
    unit_code      varchar(21)  not null references unit (code),
    role           varchar(32)  not null,
    account_id     varchar(64)  not null,
    display_name   varchar(100) not null,
    work_phone     varchar(32),
    assigned_from  timestamptz  not null,
    assigned_to    timestamptz,
    check (assigned_to is null or assigned_to >= assigned_from)
);

-- One grid, one worker: at most one active grid worker per unit, even under concurrent requests.
create unique index one_active_grid_worker on staff_assignment (unit_code)
    where role = 'GRID_WORKER' and assigned_to is null;
create unique index one_active_assignment on staff_assignment (unit_code, role, account_id)
    where assigned_to is null;
create index active_assignment_by_account on staff_assignment (account_id) where assigned_to is null;
