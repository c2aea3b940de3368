-- How many people each full read showed (a household shows every member), so the per-account limit
-- counts people, not requests; and the index the limit reads the account's recent reads through.
-- Earlier rows each showed one record.
alter table personal_data_access
    add column disclosed_people integer not null default 1 check (disclosed_people >= 1);
create index personal_data_access_accessor on personal_data_access (accessor_account_id, accessed_at);
