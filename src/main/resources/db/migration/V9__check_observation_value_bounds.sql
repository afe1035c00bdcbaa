-- Issue 13: a figure's value has at most 15 digits before the point and 10 after, the bound every writer checks as it
-- reads a value (api.Decimals) before anything writes it out. NUMERIC itself would take 131072 digits before the point:
-- the same bound here, so that no writer can store a value the service refuses to read.
alter table observation add constraint observation_value_bounds check (scale(value) <= 10 and abs(value) < 1e15);
