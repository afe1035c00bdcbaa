-- The dashboard snapshot (GET /areas/{code}/latest) walks an area's series one by one and takes each one's newest
-- current figure: with this index both steps are a single index probe, so the answer costs the number of series of
-- the area, not the number of its figures (checked with EXPLAIN ANALYZE on 5 million figures, see bench/RESULTS.md).
create index observation_area_latest_idx on observation (area_code, series_key, period_start desc, id desc)
    where superseded_at is null and not withdrawn;
