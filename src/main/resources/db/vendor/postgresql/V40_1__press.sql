-- PostgreSQL's version of the H2 migration of the same name in db/vendor/h2 (left unchanged there, so
-- existing H2 databases keep their checksums): text for clob, bytea for blob, nextval() for next value for.
-- Press contact: the topic vocabulary, the spokesperson registry with availability, the routing
-- rules (data, not code), the media inquiry log and planned press releases.
-- Times are local times in Europe/Stockholm, the organisation's time zone.

create table press_topic (
    id          bigint primary key,
    version     bigint not null default 0,
    code        varchar(60) not null,
    name        varchar(200) not null,
    synonyms    varchar(2000),
    area_code   varchar(40) not null,
    constraint uq_press_topic_code unique (code)
);

create table press_spokesperson (
    id             bigint primary key,
    version        bigint not null default 0,
    person_id      bigint not null references person (id),
    kind           varchar(30) not null,
    title          varchar(200) not null,
    area_codes     varchar(400),
    languages      varchar(200),
    phone          varchar(50),
    email          varchar(200),
    media_trained  boolean not null default false,
    coordinator    boolean not null default false,
    deputy_id      bigint references press_spokesperson (id),
    office_days    varchar(20) not null default '12345',
    office_from    time not null default '08:00:00',
    office_to      time not null default '17:00:00',
    constraint ck_press_spokesperson_kind check (kind in ('ELECTED_OFFICIAL', 'MANAGER', 'EXPERT', 'COMMUNICATIONS'))
);
create index ix_press_spokesperson_person on press_spokesperson (person_id);

create table press_spokesperson_topic (
    spokesperson_id  bigint not null references press_spokesperson (id),
    topic_id         bigint not null references press_topic (id),
    primary key (spokesperson_id, topic_id)
);

create table press_absence (
    id               bigint primary key,
    version          bigint not null default 0,
    spokesperson_id  bigint not null references press_spokesperson (id),
    starts_at        timestamp not null,
    ends_at          timestamp not null,
    note             varchar(200),
    constraint ck_press_absence_period check (ends_at > starts_at)
);
create index ix_press_absence_spokesperson on press_absence (spokesperson_id);

create table press_on_call (
    id               bigint primary key,
    version          bigint not null default 0,
    spokesperson_id  bigint not null references press_spokesperson (id),
    starts_at        timestamp not null,
    ends_at          timestamp not null,
    constraint ck_press_on_call_period check (ends_at > starts_at)
);
create index ix_press_on_call_period on press_on_call (starts_at, ends_at);

create table press_routing_rule (
    id              bigint primary key,
    version         bigint not null default 0,
    rule_position   integer not null,
    rule_condition  varchar(30) not null,
    targets         varchar(200) not null,
    active          boolean not null default true,
    constraint ck_press_rule_condition check (rule_condition in
        ('POLITICAL', 'COMPLEX', 'SEVERAL_AREAS', 'ONE_AREA', 'NO_MATCH', 'ANY'))
);

create table press_inquiry (
    id              bigint primary key,
    version         bigint not null default 0,
    journalist      varchar(200),
    outlet          varchar(200),
    channel         varchar(20) not null,
    question        text,
    topic_codes     varchar(1000),
    political       boolean not null default false,
    complex         boolean not null default false,
    deadline        timestamp not null,
    received_at     timestamp not null,
    proposed_id     bigint references press_spokesperson (id),
    assignee_id     bigint references press_spokesperson (id),
    routing_note    varchar(2000),
    status          varchar(20) not null,
    answered_at     timestamp,
    reminded_at     timestamp,
    anonymised_at   timestamp,
    logged_by       varchar(60),
    constraint ck_press_inquiry_status check (status in ('NEW', 'ASSIGNED', 'ANSWERED', 'DECLINED', 'CLOSED')),
    constraint ck_press_inquiry_channel check (channel in ('PHONE', 'EMAIL', 'SOCIAL', 'IN_PERSON', 'OTHER'))
);
create index ix_press_inquiry_status_deadline on press_inquiry (status, deadline);
create index ix_press_inquiry_received on press_inquiry (received_at);

create table press_release (
    id                  bigint primary key,
    version             bigint not null default 0,
    title               varchar(300) not null,
    internal_notice_at  timestamp not null,
    external_release_at timestamp not null,
    early_reason        varchar(1000),
    planned_by          varchar(60)
);
