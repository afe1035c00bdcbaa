-- Issue 15, the catalogue half: units, categories and indicator aliases are data; bulletins' measures and the district
-- scope; a level may be printed in another unit of its indicator's quantity (a 万元 figure of a 亿元 indicator).

-- Units: what kind of quantity each measures, and for money its currency (the base unit).
alter table unit drop constraint unit_kind_check;
alter table unit drop constraint unit_monetary_base_check;
update unit set kind = 'money' where kind = 'monetary';
alter table unit add constraint unit_kind_check
    check (kind in ('money', 'count', 'percent', 'per_mille', 'percentage_point', 'index', 'physical'));
alter table unit add constraint unit_money_currency_check check (kind <> 'money' or base_unit ~ '^[A-Z]{3}$');

-- Categories: the subject groups of the catalogue, in the order a bulletin prints them.
create table category (
    code          text primary key check (code ~ '^[a-z][a-z0-9_]{0,63}$'),
    name_zh       text not null check (length(name_zh) between 1 and 100),
    name_en       text not null check (length(name_en) between 1 and 200),
    display_order integer not null check (display_order between 0 and 1000000),
    version       bigint not null default 1
);
insert into category (code, name_zh, name_en, display_order) values
    ('gdp', '地区生产总值', 'Gross domestic product', 10), ('population', '人口', 'Population', 20),
    ('industry', '工业与产业链', 'Industry and industry chains', 50), ('investment', '投资', 'Investment', 70),
    ('consumption', '消费', 'Consumption', 80), ('budget', '财政预算', 'Public budget', 110),
    ('debt', '政府债务', 'Government debt', 120), ('project', '重点项目', 'Projects', 150);
alter table indicator drop constraint indicator_category_check;
alter table indicator add constraint indicator_category_fkey foreign key (category) references category (code);

-- Aliases: other names of an indicator (traditional characters, short forms such as GDP or 社零), for search and intake.
create table indicator_alias (
    indicator_code text not null references indicator (code) on delete cascade,
    alias          text not null check (length(alias) between 1 and 200),
    lang           text not null check (lang in ('zh', 'en')),
    primary key (indicator_code, alias)
);
create index indicator_alias_lower_idx on indicator_alias (lower(alias));

-- Parts add up only when whole and part are additive (not per-capita values or rates).
alter table indicator add column additive boolean not null default true;
alter table indicator add constraint indicator_parent_additive_check check (parent_code is null or additive);

-- Measures bulletins print: a change in percentage points, progress against the budget, the gap to the schedule.
alter table observation drop constraint observation_measure_check;
alter table observation add constraint observation_measure_check
    check (measure in ('actual', 'planned', 'adjusted_budget', 'planned_growth', 'yoy_growth', 'share', 'execution_rate',
                       'pp_change', 'budget_progress', 'schedule_gap'));
alter table observation drop constraint observation_scope_check;
alter table observation add constraint observation_scope_check
    check (scope in ('consolidated', 'municipal', 'district_level'));
-- levels and progress cannot be negative; growths and changes in percentage points can (下降1.1% is -1.1)
alter table observation drop constraint observation_check3;
alter table observation add constraint observation_signed_measures_check
    check (measure in ('planned_growth', 'yoy_growth', 'pp_change', 'schedule_gap') or value >= 0);
alter table observation drop constraint observation_check4;
alter table observation add constraint observation_rate_bound_check
    check (measure not in ('share', 'execution_rate', 'budget_progress') or value <= 1000);

-- The rules of V5, with the unit rule of this issue: a level is in a unit of its indicator's kind and base (亿元 or 万元
-- for a 亿元 indicator); pp_change and schedule_gap are in a percentage-point unit; every other rate in a percent unit.
alter type figure_references add attribute measure text;
create or replace function observation_check_references() returns trigger language plpgsql as $$
declare
    refs figure_references[];
    bad  figure_references;
begin
    select array_agg(row (r.*)::figure_references) into refs
    from (select distinct indicator_code, area_code, project_code, source_code, unit_code, has_scope, level_unit, rate_unit,
                          case when rate_unit is null then null else measure end
          from changed_rows) r;
    if refs is null then
        return null;
    end if;
    perform from indicator where code in (select indicator_code from unnest(refs)) for key share;
    perform from area where code in (select area_code from unnest(refs)) for key share;
    perform from project where code in (select project_code from unnest(refs)) for key share;
    perform from source where code in (select source_code from unnest(refs)) for key share;
    perform from unit where code in (select unit_code from unnest(refs)) for key share;
    select * into bad from unnest(refs) r
    where not exists (select from indicator i join unit iu on iu.code = i.unit_code
                      where i.code = r.indicator_code and i.scoped = r.has_scope
                        and (r.level_unit is null or i.unit_code = r.level_unit
                             or exists (select from unit lu where lu.code = r.level_unit and lu.kind = iu.kind
                                                              and lu.base_unit = iu.base_unit)))
       or (r.area_code is not null and not exists (select from area a where a.code = r.area_code))
       or (r.project_code is not null and not exists (select from project p where p.code = r.project_code))
       or not exists (select from source s where s.code = r.source_code)
       or not exists (select from unit u where u.code = r.unit_code
                      and (r.rate_unit is null or u.kind = case when r.measure in ('pp_change', 'schedule_gap')
                                                               then 'percentage_point' else 'percent' end))
    limit 1;
    if found then
        raise exception 'figures refer to a catalogue entry that does not exist or does not fit them: %', bad
            using errcode = 'foreign_key_violation',
                  hint = 'indicator, area or project, source and unit must exist; scope, unit and unit kind must fit the indicator';
    end if;
    return null;
end;
$$;

-- A unit that figures or indicators use keeps its kind, base and factor (its labels may change).
create or replace function catalogue_check_figure_references() returns trigger language plpgsql as $$
declare
    used boolean;
begin
    if tg_op = 'UPDATE' and new.code = old.code then
        if tg_table_name = 'indicator' then
            if new.scoped = old.scoped and new.unit_code = old.unit_code then
                return null;
            end if;
        elsif tg_table_name = 'unit' then
            if new.kind = old.kind and new.base_unit is not distinct from old.base_unit
                    and new.base_factor is not distinct from old.base_factor then
                return null;
            end if;
        else
            return null;
        end if;
    end if;
    if current_setting('transaction_isolation') <> 'read committed' then
        raise exception 'a % key can change only in a read committed transaction', tg_table_name
            using errcode = 'serialization_failure';
    end if;
    if tg_op = 'DELETE' or new.code <> old.code then
        execute format('select exists (select from observation where %I = $1)', tg_table_name || '_code') into used using old.code;
    elsif tg_table_name = 'indicator' then
        select exists (select from observation where indicator_code = old.code
                       and (new.scoped <> old.scoped or (level_unit is not null and new.unit_code <> old.unit_code))) into used;
    else
        select exists (select from observation where unit_code = old.code)
            or exists (select from indicator where unit_code = old.code) into used;
    end if;
    if used then
        raise exception '% % is used by figures', tg_table_name, old.code using errcode = 'foreign_key_violation';
    end if;
    return null;
end;
$$;

-- the audit trail names the new catalogue resources
alter table audit_log drop constraint audit_log_resource_check;
alter table audit_log add constraint audit_log_resource_check
    check (resource in ('unit', 'category', 'area', 'source', 'project', 'indicator', 'observation'));

-- a change of a category or of an alias is a change of the dataset (ETags, the change feed's version)
do $$
declare
    t text;
    e text;
begin
    foreach t in array array['category', 'indicator_alias'] loop
        foreach e in array array['insert', 'update', 'delete'] loop
            execute format('create trigger %I after %s on %I referencing %s table as changed_rows '
                               || 'for each statement execute function dataset_touch()',
                           t || '_' || e || '_touch', e, t, case e when 'delete' then 'old' else 'new' end);
        end loop;
    end loop;
end;
$$;
