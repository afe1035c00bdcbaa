-- A figure keeps one id across its versions (corrections and withdrawal add versions, never replace them).
create sequence figure_id_seq;
alter table observation add column figure_id bigint;
update observation set figure_id = id;
select setval('figure_id_seq', coalesce((select max(figure_id) from observation), 0) + 1, false);
alter table observation alter column figure_id set default nextval('figure_id_seq');
alter table observation alter column figure_id set not null;
alter sequence figure_id_seq owned by observation.figure_id;
create index observation_figure_idx on observation (figure_id, id);

-- Catalogue rows carry a version for optimistic concurrency: a write must name the version it replaces.
alter table unit add column version bigint not null default 1;
alter table area add column version bigint not null default 1;
alter table source add column version bigint not null default 1;
alter table project add column version bigint not null default 1;
alter table indicator add column version bigint not null default 1;

create or replace view observation_view as
select o.id, o.series_key, o.indicator_code, i.name_zh as indicator_name_zh, i.name_en as indicator_name_en,
       o.area_code, a.name_zh as area_name_zh, a.name_en as area_name_en,
       o.project_code, p.name_zh as project_name_zh, p.name_en as project_name_en,
       o.scope, o.period, o.period_type, o.period_start, o.measure, o.value,
       o.unit_code, u.symbol_zh as unit_symbol_zh, u.symbol_en as unit_symbol_en, u.base_unit, u.base_factor,
       o.qualifier, o.source_code, o.quote, o.recorded_at, o.recorded_by, o.reason, o.superseded_at, o.withdrawn,
       o.figure_id
from observation o
         join indicator i on i.code = o.indicator_code
         join unit u on u.code = o.unit_code
         left join area a on a.code = o.area_code
         left join project p on p.code = o.project_code;

-- Who changed what, when and why: one entry per write request.
create table audit_log (
    id       bigint generated always as identity primary key,
    at       timestamptz not null default now(),
    actor    text        not null check (length(actor) between 1 and 200),
    action   text        not null check (action in ('create', 'update', 'revise', 'withdraw', 'import')),
    resource text        not null check (resource in ('unit', 'area', 'source', 'project', 'indicator', 'observation')),
    code     text        not null check (length(code) between 1 and 200),
    reason   text check (length(reason) <= 2000),
    detail   jsonb
);
create index audit_log_at_idx on audit_log (at, id);

-- The series key of a figure, as observation.series_key computes it (V2), for rows that are not stored yet
-- (the staging table of an import). A test checks that both agree.
create function figure_series_key(indicator text, area text, project text, scope text, measure text, period_type text)
    returns text language sql immutable parallel safe
    return indicator || '|' || coalesce(area, '') || '|' || coalesce(project, '') || '|' || coalesce(scope, '') || '|'
        || measure || '|' || period_type;
