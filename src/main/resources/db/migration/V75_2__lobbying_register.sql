-- The open lobbying register: whom the organisation met and which issue it drove there, public
-- without login. An entry is corrected, never deleted; each state it has had is kept as a revision,
-- and a withdrawn entry stays visible with its reason.
create table lobbying_meeting (
    id              bigint primary key,
    version         bigint not null default 0,
    meeting_date    date not null,
    our_people      varchar(1000) not null,
    counterparts    varchar(1000) not null,
    issue           varchar(300) not null,
    org_position    varchar(4000) not null,
    links           varchar(2000),
    status          varchar(20) not null,
    withdrawn_reason varchar(1000),
    recorded_by     varchar(60) not null,
    recorded_at     timestamp not null,
    updated_at      timestamp not null,
    revision_count  integer not null,
    constraint ck_lobbying_status check (status in ('PUBLISHED', 'WITHDRAWN'))
);

create index ix_lobbying_meeting_date on lobbying_meeting (meeting_date, id);

create table lobbying_revision (
    id              bigint primary key,
    version         bigint not null default 0,
    meeting_id      bigint not null references lobbying_meeting (id),
    revision_no     integer not null,
    changed_at      timestamp not null,
    changed_by      varchar(60) not null,
    change_note     varchar(1000),
    meeting_date    date not null,
    our_people      varchar(1000) not null,
    counterparts    varchar(1000) not null,
    issue           varchar(300) not null,
    org_position    varchar(4000) not null,
    links           varchar(2000),
    status          varchar(20) not null,
    constraint uq_lobbying_revision unique (meeting_id, revision_no)
);
