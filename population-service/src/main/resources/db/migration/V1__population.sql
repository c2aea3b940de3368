-- Population's ledger. Every column that holds personal data (names, ID numbers, phones,
-- addresses, residence permits, what a visit found) holds AES-GCM ciphertext
-- "<key id>:<base64>" from PersonalDataCipher; exact lookups go through *_hash columns
-- (HMAC-SHA256, KeyedHash). No column holds personal data in plain text, so neither a dump,
-- a replica nor a constraint-violation message can carry it.

create table house (
    id                uuid primary key,
    grid_code         varchar(21) not null,
    kind              varchar(16) not null check (kind in ('RESIDENTIAL', 'SHOP', 'FACTORY', 'VACANT')),
    address           text        not null,
    -- keyed hash of grid and normalised address: the census import finds a house again
    address_hash      char(64)    not null unique,
    floors            integer check (floors > 0),
    rooms             integer check (rooms > 0),
    owner_resident_id uuid,
    owner_entity_id   uuid,
    created_at        timestamptz not null,
    updated_at        timestamptz not null
);
create index house_grid on house (grid_code);

create table household (
    id               uuid primary key,
    grid_code        varchar(21) not null,
    house_id         uuid references house (id),
    -- keyed hash of grid and household number (户编号) from a census sheet; null when formed by hand
    household_key    char(64) unique,
    head_resident_id uuid,
    formed_at        timestamptz not null,
    dissolved_at     timestamptz,
    updated_at       timestamptz not null
);
create index household_grid on household (grid_code) where dissolved_at is null;

create table resident (
    id                    uuid primary key,
    grid_code             varchar(21) not null,
    name                  text        not null,
    name_hash             char(64)    not null,
    id_number             text        not null,
    id_number_hash        char(64)    not null unique,
    phone                 text,
    phone_hash            char(64),
    sex                   varchar(6)  not null check (sex in ('MALE', 'FEMALE')),
    birth_date            date        not null,
    ethnicity             varchar(32),
    registered_place      text,
    residence_status      varchar(24) not null check (residence_status in
                              ('REGISTERED_RESIDENT', 'LIVING_ELSEWHERE', 'FLOATING_IN', 'FLOATING_OUT')),
    house_id              uuid references house (id),
    household_id          uuid references household (id),
    arrived_from_division varchar(12),
    arrived_on            date,
    residence_permit      text,
    expected_stay_until   date,
    left_at               timestamptz,
    left_reason           varchar(24),
    left_to_division      varchar(12),
    created_at            timestamptz not null,
    updated_at            timestamptz not null
);
create index resident_grid on resident (grid_code, residence_status) where left_at is null;
create index resident_name_hash on resident (name_hash);
create index resident_phone_hash on resident (phone_hash) where phone_hash is not null;
create index resident_household on resident (household_id);

-- Who belonged to which household when: a person is in one household at a time, history kept.
create table household_member (
    household_id uuid        not null references household (id),
    resident_id  uuid        not null references resident (id),
    relation     varchar(24) not null,
    joined_at    timestamptz not null,
    left_at      timestamptz
);
create unique index household_member_current on household_member (resident_id) where left_at is null;
create index household_member_household on household_member (household_id) where left_at is null;

create table legal_entity (
    id                 uuid primary key,
    grid_code          varchar(21) not null,
    credit_code        char(18)    not null unique,
    name               text        not null,
    kind               varchar(16) not null check (kind in ('ENTERPRISE', 'SHOP', 'INDIVIDUAL_BUSINESS', 'ORGANISATION')),
    house_id           uuid references house (id),
    contact_name       text,
    contact_phone      text,
    contact_phone_hash char(64),
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    closed_at          timestamptz
);
create index legal_entity_grid on legal_entity (grid_code) where closed_at is null;

create table special_group_membership (
    id                   uuid primary key,
    resident_id          uuid        not null references resident (id),
    grid_code            varchar(21) not null,
    group_code           varchar(32) not null,
    risk_level           varchar(8)  not null check (risk_level in ('LOW', 'MEDIUM', 'HIGH')),
    visit_interval_days  integer     not null check (visit_interval_days between 1 and 366),
    joined_at            timestamptz not null,
    last_visited_at      timestamptz,
    -- when the next visit falls due: last visit (or joining) plus the interval
    due_at               timestamptz not null,
    -- the due time an overdue event was last published for: once per missed due time
    overdue_reported_for timestamptz,
    left_at              timestamptz,
    left_reason          varchar(24)
);
create unique index membership_current on special_group_membership (resident_id, group_code) where left_at is null;
create index membership_due on special_group_membership (due_at) where left_at is null;
create index membership_grid on special_group_membership (grid_code) where left_at is null;

create table membership_carer (
    membership_id uuid        not null references special_group_membership (id),
    account_id    varchar(64) not null,
    primary key (membership_id, account_id)
);
create index membership_carer_account on membership_carer (account_id);

create table visit (
    id                 uuid primary key,
    resident_id        uuid references resident (id),
    household_id       uuid references household (id),
    membership_id      uuid references special_group_membership (id),
    grid_code          varchar(21) not null,
    visitor_account_id varchar(64) not null,
    kind               varchar(32) not null,
    visited_at         timestamptz not null,
    logged_at          timestamptz not null,
    findings           text,
    readings           text,
    follow_up_needed   boolean     not null,
    check (resident_id is not null or household_id is not null)
);
create index visit_resident on visit (resident_id, visited_at desc);
create index visit_household on visit (household_id, visited_at desc);

-- Every full read of personal data: who, whom, when, why. Append-only: the triggers below refuse
-- any change, whatever the caller, so not even a bug in this service can rewrite the log.
create table personal_data_access (
    id                  bigserial primary key,
    accessed_at         timestamptz not null,
    accessor_account_id varchar(64) not null,
    accessor_roles      text        not null,
    action              varchar(16) not null check (action in ('READ', 'EXPORT', 'CORRECTION')),
    subject_kind        varchar(16) not null check (subject_kind in ('RESIDENT', 'HOUSEHOLD', 'HOUSE', 'ENTITY', 'VISIT')),
    subject_id          uuid        not null,
    grid_code           varchar(21) not null,
    purpose             text        not null
);
create index personal_data_access_subject on personal_data_access (subject_id, accessed_at);
create index personal_data_access_grid on personal_data_access (grid_code, accessed_at);

create function personal_data_access_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'personal_data_access is append-only';
end;
$$;
create trigger personal_data_access_no_update_or_delete
    before update or delete on personal_data_access
    for each row execute function personal_data_access_is_append_only();
create trigger personal_data_access_no_truncate
    before truncate on personal_data_access
    for each statement execute function personal_data_access_is_append_only();

-- The version of the last GridPopulationCounted published per grid.
create table grid_count (
    grid_code varchar(21) primary key,
    version   bigint      not null
);
