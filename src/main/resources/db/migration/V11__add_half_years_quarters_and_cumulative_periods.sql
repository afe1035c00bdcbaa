-- Issue 15: periods besides years and months: half-years (2023-H1), quarters (2023-Q1) and year-to-date cumulative
-- periods written as ISO 8601 intervals of months within one calendar year (2024-01/2024-04, 1-4月累计). The period
-- text is the figure's identity; its type, first day (period_start) and first day after it (period_end, exclusive)
-- follow from the text, here in SQL, so that no writer can store a period whose parts disagree.

-- The type of a period text, or null when the text is no period (a cumulative period must not end before it starts).
create function period_type_of(p text) returns text language sql immutable parallel safe
return case
    when substr(p, 1, 4) = '0000' then null
    when p ~ '^[0-9]{4}$' then 'year'
    when p ~ '^[0-9]{4}-H[12]$' then 'half_year'
    when p ~ '^[0-9]{4}-Q[1-4]$' then 'quarter'
    when p ~ '^[0-9]{4}-(0[1-9]|1[0-2])$' then 'month'
    when p ~ '^([0-9]{4})-(0[1-9]|1[0-2])/\1-(0[1-9]|1[0-2])$' and substr(p, 6, 2) <= substr(p, 14, 2) then 'year_to_date'
end;

-- The first day of a period; null when the text is no period.
create function period_start_of(p text) returns date language sql immutable parallel safe
return case period_type_of(p)
    when 'year' then make_date(substr(p, 1, 4)::int, 1, 1)
    when 'half_year' then make_date(substr(p, 1, 4)::int, substr(p, 7, 1)::int * 6 - 5, 1)
    when 'quarter' then make_date(substr(p, 1, 4)::int, substr(p, 7, 1)::int * 3 - 2, 1)
    when 'month' then make_date(substr(p, 1, 4)::int, substr(p, 6, 2)::int, 1)
    when 'year_to_date' then make_date(substr(p, 1, 4)::int, substr(p, 6, 2)::int, 1)
end;

-- The first day after a period (periods are half-open ranges [start, end)); null when the text is no period.
create function period_end_of(p text) returns date language sql immutable parallel safe
return case period_type_of(p)
    when 'year' then (period_start_of(p) + interval '1 year')::date
    when 'half_year' then (period_start_of(p) + interval '6 months')::date
    when 'quarter' then (period_start_of(p) + interval '3 months')::date
    when 'month' then (period_start_of(p) + interval '1 month')::date
    when 'year_to_date' then (make_date(substr(p, 1, 4)::int, substr(p, 14, 2)::int, 1) + interval '1 month')::date
end;

-- The checks of V1 on period, period_type and period_start give way to one check over all three and period_end.
do $$
declare
    c text;
begin
    for c in select conname from pg_constraint
             where conrelid = 'observation'::regclass and contype = 'c' and pg_get_constraintdef(oid) ~ 'period'
    loop
        execute format('alter table observation drop constraint %I', c);
    end loop;
end;
$$;

alter table observation
    add column period_end date generated always as (period_end_of(period)) stored,
    add constraint observation_period_parts check (period_type_of(period) is not null
        and period_type = period_type_of(period) and period_start = period_start_of(period) and period_end is not null);

-- Every list orders a series by period_start, then period_end (1-3月 before 1-4月 of one year), then id.
drop index observation_current_order_idx;
create index observation_current_order_idx on observation (series_key, period_start, period_end, id)
    where superseded_at is null;
drop index observation_area_latest_idx;
create index observation_area_latest_idx on observation (area_code, series_key, period_start desc, period_end desc, id desc)
    where superseded_at is null and not withdrawn;

create or replace view observation_view as
select o.id, o.series_key, o.indicator_code, i.name_zh as indicator_name_zh, i.name_en as indicator_name_en,
       o.area_code, a.name_zh as area_name_zh, a.name_en as area_name_en,
       o.project_code, p.name_zh as project_name_zh, p.name_en as project_name_en,
       o.scope, o.period, o.period_type, o.period_start, o.measure, o.value,
       o.unit_code, u.symbol_zh as unit_symbol_zh, u.symbol_en as unit_symbol_en, u.base_unit, u.base_factor,
       o.qualifier, o.source_code, o.quote, o.recorded_at, o.recorded_by, o.reason, o.superseded_at, o.withdrawn,
       o.figure_id, o.period_end
from observation o
         join indicator i on i.code = o.indicator_code
         join unit u on u.code = o.unit_code
         left join area a on a.code = o.area_code
         left join project p on p.code = o.project_code;
