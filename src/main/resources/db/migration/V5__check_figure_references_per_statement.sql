-- Bulk imports (issue 8): a 1,000,000-row import on top of 5 million figures spent 23 of its 50 s in the eight per-row
-- foreign-key triggers of observation (8 million catalogue look-ups for a few hundred distinct codes) and about 3 s in
-- observation_area_idx (see bench/RESULTS.md). The database still enforces every rule those foreign keys enforced, now
-- once per statement over the distinct codes of the statement's rows, and once per catalogue row that changes a key.

-- Every read by area is of current, not withdrawn figures: observation_area_latest_idx (V4) serves them all.
drop index observation_area_idx;

alter table observation
    drop constraint observation_indicator_code_fkey,
    drop constraint observation_area_code_fkey,
    drop constraint observation_project_code_fkey,
    drop constraint observation_unit_code_fkey,
    drop constraint observation_source_code_fkey,
    drop constraint observation_scope_fits_indicator,
    drop constraint observation_level_in_indicator_unit,
    drop constraint observation_rate_in_percent;

-- The catalogue codes a set of figures refers to, each combination once.
create type figure_references as (indicator_code text, area_code text, project_code text, source_code text,
                                  unit_code text, has_scope boolean, level_unit text, rate_unit text);

-- Figure side, after every insert and update of observation: the referenced catalogue rows are locked as a foreign
-- key locks them (for key share: no concurrent transaction can delete them or change their keys until this one
-- ends), then checked in a later statement, which sees whatever was committed before the locks were taken. The
-- rules: the indicator, area or project, source and unit exist; a figure has a fiscal scope exactly when its
-- indicator is scoped; a level (actual, planned, adjusted budget) is in its indicator's unit; a rate is in a
-- percent unit.
create function observation_check_references() returns trigger language plpgsql as $$
declare
    refs figure_references[];
    bad  figure_references;
begin
    select array_agg(row (r.*)::figure_references) into refs
    from (select distinct indicator_code, area_code, project_code, source_code, unit_code, has_scope, level_unit, rate_unit
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
    where not exists (select from indicator i where i.code = r.indicator_code and i.scoped = r.has_scope
                                                 and (r.level_unit is null or i.unit_code = r.level_unit))
       or (r.area_code is not null and not exists (select from area a where a.code = r.area_code))
       or (r.project_code is not null and not exists (select from project p where p.code = r.project_code))
       or not exists (select from source s where s.code = r.source_code)
       or not exists (select from unit u where u.code = r.unit_code and (r.rate_unit is null or u.kind = 'percent'))
    limit 1;
    if found then
        raise exception 'figures refer to a catalogue entry that does not exist or does not fit them: %', bad
            using errcode = 'foreign_key_violation',
                  hint = 'indicator, area or project, source and unit must exist; scope, unit and unit kind must fit the indicator';
    end if;
    return null;
end;
$$;

create trigger observation_insert_references after insert on observation referencing new table as changed_rows
    for each statement execute function observation_check_references();
create trigger observation_update_references after update on observation referencing new table as changed_rows
    for each statement execute function observation_check_references();

-- Catalogue side, after a row's delete or key change: refused while figures (of any version) refer to the old key
-- in a way the change would break. Its check sees figures committed by concurrent writers only in read committed
-- transactions (each statement a new snapshot), so a key change is refused in any other isolation level.
create function catalogue_check_figure_references() returns trigger language plpgsql as $$
declare
    used boolean;
begin
    if tg_op = 'UPDATE' and new.code = old.code then
        if tg_table_name = 'indicator' then
            if new.scoped = old.scoped and new.unit_code = old.unit_code then
                return null;
            end if;
        elsif tg_table_name = 'unit' then
            if new.kind = old.kind then
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
        select exists (select from observation where rate_unit = old.code) into used;
    end if;
    if used then
        raise exception '% % is used by figures', tg_table_name, old.code using errcode = 'foreign_key_violation';
    end if;
    return null;
end;
$$;

create trigger indicator_figure_references after update or delete on indicator
    for each row execute function catalogue_check_figure_references();
create trigger area_figure_references after update or delete on area
    for each row execute function catalogue_check_figure_references();
create trigger project_figure_references after update or delete on project
    for each row execute function catalogue_check_figure_references();
create trigger source_figure_references after update or delete on source
    for each row execute function catalogue_check_figure_references();
create trigger unit_figure_references after update or delete on unit
    for each row execute function catalogue_check_figure_references();
