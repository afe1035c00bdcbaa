-- Catalogue and figures of the city indicators service.
-- Codes are natural keys; every enumeration is checked here so that no writer can bypass it.

create table unit (
    code        text primary key check (code ~ '^[A-Za-z][A-Za-z0-9_]{0,31}$'),
    symbol_zh   text not null check (length(symbol_zh) between 1 and 32),
    symbol_en   text not null check (length(symbol_en) between 1 and 64),
    kind        text not null check (kind in ('monetary', 'percent', 'count')),
    base_unit   text check (base_unit ~ '^[A-Z]{3}$'),
    base_factor numeric check (base_factor > 0),
    check ((kind = 'monetary') = (base_unit is not null and base_factor is not null))
);

create table area (
    code        text primary key check (code ~ '^[1-8][0-9]{5}$'),
    name_zh     text not null check (length(name_zh) between 1 and 100),
    name_en     text not null check (length(name_en) between 1 and 200),
    level       text not null check (level in ('province', 'prefecture', 'district', 'county_city', 'county')),
    parent_code text references area (code),
    check (parent_code is null or parent_code <> code)
);
create index area_parent_idx on area (parent_code);

create table source (
    code        text primary key check (code ~ '^[a-z0-9][a-z0-9.\-]{0,63}$'),
    title       text not null check (length(title) between 1 and 500),
    publisher   text not null check (length(publisher) between 1 and 200),
    author      text,
    published   text not null check (published ~ '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$'),
    url         text check (url ~ '^https?://'),
    licence     text not null check (length(licence) between 1 and 500),
    note        text
);

create table project (
    code        text primary key check (code ~ '^[a-z0-9][a-z0-9.\-]{0,63}$'),
    name_zh     text not null check (length(name_zh) between 1 and 200),
    name_en     text not null check (length(name_en) between 1 and 300),
    area_code   text not null references area (code)
);

create table indicator (
    code           text primary key check (code ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$' and length(code) <= 100),
    name_zh        text not null check (length(name_zh) between 1 and 200),
    name_en        text not null check (length(name_en) between 1 and 300),
    description_zh text,
    description_en text,
    category       text not null check (category in ('budget', 'gdp', 'industry', 'investment', 'consumption', 'debt', 'project')),
    unit_code      text not null references unit (code),
    scoped         boolean not null,
    parent_code    text references indicator (code),
    check (parent_code is null or parent_code <> code)
);
create index indicator_parent_idx on indicator (parent_code);
create index indicator_category_idx on indicator (category);

create table observation (
    id             bigint generated always as identity primary key,
    indicator_code text not null references indicator (code),
    area_code      text references area (code),
    project_code   text references project (code),
    scope          text check (scope in ('consolidated', 'municipal')),
    period         text not null check (period ~ '^[0-9]{4}(-(0[1-9]|1[0-2]))?$'),
    period_type    text not null check (period_type in ('year', 'month')),
    period_start   date not null,
    measure        text not null check (measure in ('actual', 'planned', 'adjusted_budget', 'planned_growth',
                                                    'yoy_growth', 'share', 'execution_rate')),
    value          numeric not null,
    unit_code      text not null references unit (code),
    qualifier      text not null check (qualifier in ('exact', 'more_than', 'about', 'nearly')),
    source_code    text not null references source (code),
    quote          text not null check (length(quote) between 1 and 1000),
    recorded_at    timestamptz not null default now(),
    -- a figure belongs to an area or to a project, never both
    check ((area_code is null) <> (project_code is null)),
    check ((period_type = 'year') = (length(period) = 4)),
    check (period_start = make_date(substr(period, 1, 4)::int,
                                    coalesce(nullif(substr(period, 6, 2), '')::int, 1), 1)),
    -- levels (amounts, counts) cannot be negative; growth rates can
    check (measure in ('planned_growth', 'yoy_growth') or value >= 0),
    check (measure not in ('share', 'execution_rate') or value <= 1000),
    constraint observation_identity
        unique nulls not distinct (indicator_code, area_code, project_code, scope, measure, period)
);
create index observation_area_idx on observation (area_code, indicator_code, scope, measure, period_start);
create index observation_project_idx on observation (project_code) where project_code is not null;
create index observation_period_idx on observation (period_start);

-- Rules that span tables: scope present exactly when the indicator is scoped, and the unit
-- matching the measure (rates in percent, levels in the indicator's own unit).
create function observation_check_consistency() returns trigger language plpgsql as $$
declare
    ind indicator%rowtype;
    unit_kind text;
begin
    select * into ind from indicator where code = new.indicator_code;
    if ind.scoped and new.scope is null then
        raise exception 'indicator % needs a fiscal scope (consolidated or municipal)', new.indicator_code
            using errcode = 'check_violation';
    end if;
    if not ind.scoped and new.scope is not null then
        raise exception 'indicator % has no fiscal scope', new.indicator_code
            using errcode = 'check_violation';
    end if;
    select kind into unit_kind from unit where code = new.unit_code;
    if new.measure in ('planned_growth', 'yoy_growth', 'share', 'execution_rate') then
        if unit_kind <> 'percent' then
            raise exception 'measure % is a rate and needs a percent unit, not %', new.measure, new.unit_code
                using errcode = 'check_violation';
        end if;
    elsif new.unit_code <> ind.unit_code then
        raise exception 'measure % of indicator % is in %, not %', new.measure, new.indicator_code,
            ind.unit_code, new.unit_code using errcode = 'check_violation';
    end if;
    return new;
end;
$$;

create trigger observation_consistency
    before insert or update on observation
    for each row execute function observation_check_consistency();
