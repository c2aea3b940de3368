-- Population's latest count of each grid (GridPopulationCounted), kept apart from the figures
-- declared in unit, so sizing can say which it used. No foreign key to unit: population may count
-- a grid before the registry holds it, and the count applies once the grid is put or imported.
create table grid_count (
    grid_code    varchar(21) primary key,
    households   integer     not null check (households >= 0),
    residents    integer     not null check (residents >= 0),
    enterprises  integer     not null check (enterprises >= 0),
    -- Population's version of the count: only a higher one replaces the row.
    version      bigint      not null check (version >= 1),
    counted_at   timestamptz not null,
    check (grid_code ~ '^[0-9]{6,21}$')
);
