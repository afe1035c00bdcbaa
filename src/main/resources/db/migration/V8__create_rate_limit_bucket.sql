-- Rate-limit budgets shared by every replica (ratelimit/SharedBudgets): one row per client (ip:<address> or
-- sub:<token subject>), its bucket4j state, and when the row may be removed (a full bucket needs no row).
create table rate_limit_bucket (
    id         text primary key check (length(id) between 1 and 300),
    state      bytea,
    expires_at bigint
);
create index rate_limit_bucket_expires_idx on rate_limit_bucket (expires_at);
