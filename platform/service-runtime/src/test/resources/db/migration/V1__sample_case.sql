create table sample_case (
    id             uuid primary key,
    unit_code      text    not null,
    category       text    not null,
    feedback_count integer not null,
    last_outcome   text
);
