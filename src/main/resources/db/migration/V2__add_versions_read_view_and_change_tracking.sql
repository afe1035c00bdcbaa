-- Figures become versioned: a correction or a withdrawal adds a row and marks the previous one superseded, so that
-- every value ever published stays queryable with the time it was recorded. The current figure of an identity is
-- the row with superseded_at null (withdrawn = true makes it a tombstone).
alter table observation
    add column superseded_at timestamptz,
    add column withdrawn     boolean not null default false,
    add column recorded_by   text    not null default 'dataset' check (length(recorded_by) between 1 and 200),
    add column reason        text check (length(reason) <= 2000),
    add check (superseded_at is null or superseded_at >= recorded_at);

alter table observation drop constraint observation_identity;
create unique index observation_current_identity
    on observation (indicator_code, area_code, project_code, scope, measure, period) nulls not distinct
    where superseded_at is null;

-- The sort key of every figure list: one series after another, each in time order. A series is an indicator
-- for one area or project, scope, measure and frequency. "C" collation keeps the comparison byte-wise, so
-- keyset paging and the index agree whatever the database locale.
alter table observation add column series_key text collate "C" not null generated always as (
    indicator_code || '|' || coalesce(area_code, '') || '|' || coalesce(project_code, '') || '|'
        || coalesce(scope, '') || '|' || measure || '|' || period_type) stored;
create index observation_current_order_idx on observation (series_key, period_start, id) where superseded_at is null;
create index observation_recorded_idx on observation (recorded_at);
drop index observation_area_idx;
drop index observation_period_idx;
create index observation_area_idx on observation (area_code, series_key, period_start) where superseded_at is null;

-- The rules that span tables, as foreign keys rather than a per-row trigger (about a third cheaper on bulk
-- loads): a figure has a fiscal scope exactly when its indicator is scoped; a level (actual, planned, adjusted
-- budget) is in its indicator's unit; a rate is in a percent unit.
drop trigger observation_consistency on observation;
drop function observation_check_consistency();
alter table indicator add constraint indicator_code_scoped_key unique (code, scoped);
alter table indicator add constraint indicator_code_unit_key unique (code, unit_code);
alter table unit add constraint unit_code_kind_key unique (code, kind);
alter table observation
    add column has_scope  boolean not null generated always as (scope is not null) stored,
    add column level_unit text generated always as (
        case when measure in ('actual', 'planned', 'adjusted_budget') then unit_code end) stored,
    add column rate_unit  text generated always as (
        case when measure in ('actual', 'planned', 'adjusted_budget') then null else unit_code end) stored,
    add column rate_kind  text not null generated always as ('percent') stored,
    add constraint observation_scope_fits_indicator foreign key (indicator_code, has_scope) references indicator (code, scoped),
    add constraint observation_level_in_indicator_unit foreign key (indicator_code, level_unit) references indicator (code, unit_code),
    add constraint observation_rate_in_percent foreign key (rate_unit, rate_kind) references unit (code, kind);

-- Per-capita values need population figures, counted in persons or in a unit with a factor to persons (万人).
alter table indicator drop constraint indicator_category_check;
alter table indicator add constraint indicator_category_check
    check (category in ('budget', 'gdp', 'industry', 'investment', 'consumption', 'debt', 'project', 'population'));
alter table unit drop constraint unit_check;
alter table unit drop constraint unit_base_unit_check;
alter table unit add constraint unit_base_check check ((base_unit is null) = (base_factor is null));
alter table unit add constraint unit_monetary_base_check check (kind <> 'monetary' or base_unit is not null);
alter table unit add constraint unit_base_unit_check check (base_unit ~ '^[A-Z][A-Z_]{1,15}$');

-- Everything a figure's representation needs, in one row.
create view observation_view as
select o.id, o.series_key, o.indicator_code, i.name_zh as indicator_name_zh, i.name_en as indicator_name_en,
       o.area_code, a.name_zh as area_name_zh, a.name_en as area_name_en,
       o.project_code, p.name_zh as project_name_zh, p.name_en as project_name_en,
       o.scope, o.period, o.period_type, o.period_start, o.measure, o.value,
       o.unit_code, u.symbol_zh as unit_symbol_zh, u.symbol_en as unit_symbol_en, u.base_unit, u.base_factor,
       o.qualifier, o.source_code, o.quote, o.recorded_at, o.recorded_by, o.reason, o.superseded_at, o.withdrawn
from observation o
         join indicator i on i.code = o.indicator_code
         join unit u on u.code = o.unit_code
         left join area a on a.code = o.area_code
         left join project p on p.code = o.project_code;

-- A counter that moves whenever published data changes, for ETags and Last-Modified, announced on the
-- channel dataset_changed so that every replica drops what it derived from the old state.
create table dataset_state (
    id          boolean primary key default true check (id),
    version     bigint      not null,
    modified_at timestamptz not null
);
insert into dataset_state (version, modified_at) values (1, now());

create function dataset_touch() returns trigger language plpgsql as $$
begin
    if exists (select 1 from changed_rows) then
        update dataset_state set version = version + 1, modified_at = clock_timestamp();
        perform pg_notify('dataset_changed', tg_table_name);
    end if;
    return null;
end;
$$;

do $$
declare
    t text;
    e text;
begin
    foreach t in array array['observation', 'indicator', 'area', 'source', 'project', 'unit'] loop
        foreach e in array array['insert', 'update', 'delete'] loop
            execute format('create trigger %I after %s on %I referencing %s table as changed_rows '
                               || 'for each statement execute function dataset_touch()',
                           t || '_' || e || '_touch', e, t, case e when 'delete' then 'old' else 'new' end);
        end loop;
    end loop;
end;
$$;
