-- What a Platformatic DB user would add for the benchmark's three queries (its filters and sort on the raw table):
-- without them each request is a sequential scan of millions of rows. Made once per database; then planner statistics.
create index if not exists peer_latest_idx on observation (area_code, period);
create index if not exists peer_series_idx on observation (indicator_code, area_code, period_type, period_start);
create index if not exists peer_page_idx on observation (period_type, id) include (period_start);
analyze observation;
