-- When the data changed before the last change. Last-Modified has whole seconds, so If-Modified-Since can only be
-- answered 304 when no earlier change fell in the second of the last one (cache/Conditions). A transaction that
-- changes several tables touches the state once per statement, but clients only ever see its end: the previous change
-- is that of the previous transaction. Until the next change the earlier one is unknown: taking the last one for it
-- answers every If-Modified-Since in full until then.
alter table dataset_state
    add column previous_modified_at timestamptz,
    add column modified_by          xid8;
update dataset_state set previous_modified_at = modified_at;
alter table dataset_state alter column previous_modified_at set not null;

create or replace function dataset_touch() returns trigger language plpgsql as $$
begin
    if exists (select 1 from changed_rows) then
        update dataset_state
        set version              = version + 1,
            previous_modified_at = case when modified_by = pg_current_xact_id() then previous_modified_at else modified_at end,
            modified_at          = clock_timestamp(),
            modified_by          = pg_current_xact_id();
        perform pg_notify('dataset_changed', tg_table_name);
    end if;
    return null;
end;
$$;
