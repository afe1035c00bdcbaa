-- Document intakes: a report's text as posted, and the figures drafted from it for stewards to review and publish.
create table intake (
    id             bigint generated always as identity primary key,
    version        bigint      not null default 1,
    title          text        not null check (length(title) between 1 and 500),
    publisher      text        not null check (length(publisher) between 1 and 200),
    published      text        not null check (published ~ '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$'),
    url            text check (url ~ '^https?://' and length(url) <= 2000),
    source_code    text        not null check (source_code ~ '^[a-z0-9][a-z0-9.\-]{0,63}$'),
    area_code      text        not null references area (code),
    reference_date date        not null,
    content_type   text        not null check (content_type in ('text/plain', 'text/html')),
    document       text        not null,
    status         text        not null default 'draft' check (status in ('draft', 'published', 'withdrawn')),
    created_by     text        not null check (length(created_by) between 1 and 200),
    created_at     timestamptz not null default now(),
    updated_by     text check (length(updated_by) <= 200),
    updated_at     timestamptz
);

-- One drafted figure: every field of the engine's Candidate, the steward's review and which fields were edited.
create table intake_candidate (
    id             bigint generated always as identity primary key,
    intake_id      bigint      not null references intake (id) on delete cascade,
    ordinal        int         not null check (ordinal >= 1),
    version        bigint      not null default 1,
    indicator_code text check (length(indicator_code) <= 100),
    area_code      text check (length(area_code) <= 20),
    project_code   text check (length(project_code) <= 64),
    scope          text check (length(scope) <= 32),
    period         text check (length(period) <= 32),
    frequency      text check (length(frequency) <= 32),
    measure        text check (length(measure) <= 32),
    value_text     text check (length(value_text) <= 64),
    unit_code      text check (length(unit_code) <= 32),
    qualifier      text check (length(qualifier) <= 32),
    quote          text        not null,
    start_offset   int         not null check (start_offset >= 0),
    end_offset     int         not null check (end_offset >= start_offset),
    confidence     numeric     not null check (confidence between 0 and 1),
    reason         text        not null,
    context        text,
    review         text        not null default 'proposed' check (review in ('proposed', 'accepted', 'rejected')),
    edited         text        not null default '',
    updated_by     text check (length(updated_by) <= 200),
    updated_at     timestamptz,
    unique (intake_id, ordinal)
);

-- The audit trail records intakes too, and their publication. The checks are extended from whatever they are now
-- (another migration may have extended them already), not rewritten.
do $$
declare
    c record;
begin
    for c in select conname, pg_get_constraintdef(oid) as def from pg_constraint
             where conrelid = 'audit_log'::regclass and contype = 'c'
               and (pg_get_constraintdef(oid) like '%resource%' or pg_get_constraintdef(oid) like '%action%') loop
        execute format('alter table audit_log drop constraint %I', c.conname);
        execute format('alter table audit_log add constraint %I check (%s or %s)', c.conname,
                       substring(c.def from '^CHECK \((.*)\)$'),
                       case when c.def like '%resource%' then 'resource = ''intake''' else 'action = ''publish''' end);
    end loop;
end;
$$;
