-- PostgreSQL's version of the H2 migration of the same name in db/vendor/h2 (left unchanged there, so
-- existing H2 databases keep their checksums): text for clob, bytea for blob, nextval() for next value for.
-- The ambassador programme: ambassadors and their channels, training, invitations and the
-- Instagram relay rota. A relay_week row per ISO week holds at most one confirmed ambassador:
-- the unique week and the row's version make two simultaneous confirmations end with one winner.
create table ambassador (
    id               bigint primary key,
    version          bigint not null default 0,
    person_id        bigint references person (id),
    status           varchar(20) not null,
    motivation       varchar(2000),
    topics           varchar(500),
    languages        varchar(300),
    contact_ok       boolean not null default false,
    photo            bytea,
    photo_type       varchar(40),
    applied_at       timestamp not null,
    decided_at       timestamp,
    decided_by_id    bigint references person (id),
    decision_reason  varchar(1000),
    endorsement      varchar(1000),
    endorsed_by_id   bigint references person (id),
    endorsed_at      timestamp,
    left_at          timestamp,
    constraint uq_ambassador_person unique (person_id),
    constraint ck_ambassador_status check (status in ('APPLIED', 'ACTIVE', 'PAUSED', 'LEFT', 'DECLINED'))
);
create index ix_ambassador_status on ambassador (status);

create table ambassador_channel (
    ambassador_id    bigint not null references ambassador (id),
    channel          varchar(20) not null,
    handle           varchar(100),
    version          bigint not null default 0,
    constraint pk_ambassador_channel primary key (ambassador_id, channel),
    constraint ck_ambassador_channel check (channel in ('LINKEDIN', 'INSTAGRAM', 'FACEBOOK', 'X'))
);

create table ambassador_invitation (
    id               bigint primary key,
    version          bigint not null default 0,
    ambassador_id    bigint not null references ambassador (id),
    invitee_id       bigint not null references person (id),
    sent_at          timestamp not null
);
create index ix_ambassador_invitation on ambassador_invitation (ambassador_id);

create table training_module (
    id               bigint primary key,
    version          bigint not null default 0,
    title            varchar(200) not null,
    content          text not null,
    purposes         varchar(200) not null,
    quiz_question    varchar(500),
    quiz_options     varchar(2000),
    quiz_answer      integer,
    active           boolean not null default true
);

create table training_completion (
    id               bigint primary key,
    version          bigint not null default 0,
    ambassador_id    bigint not null references ambassador (id),
    module_id        bigint not null references training_module (id),
    completed_at     timestamp not null,
    constraint uq_training_completion unique (ambassador_id, module_id)
);

create table relay_week (
    id                      bigint primary key,
    version                 bigint not null default 0,
    iso_week                varchar(8) not null,
    starts_on               date not null,
    confirmed_id            bigint references ambassador (id),
    confirmed_at            timestamp,
    guideline_confirmed_at  timestamp,
    handed_over_at          timestamp,
    gift                    varchar(300),
    reminded_before         boolean not null default false,
    reminded_last_day       boolean not null default false,
    constraint uq_relay_week unique (iso_week)
);
create index ix_relay_week_start on relay_week (starts_on);

create table relay_request (
    id               bigint primary key,
    version          bigint not null default 0,
    week_id          bigint not null references relay_week (id),
    ambassador_id    bigint not null references ambassador (id),
    status           varchar(20) not null,
    requested_at     timestamp not null,
    reason           varchar(1000),
    constraint uq_relay_request unique (week_id, ambassador_id),
    constraint ck_relay_request_status check (status in ('REQUESTED', 'CONFIRMED', 'DECLINED'))
);

insert into portal_setting (setting_key, setting_value) values ('ambassador.shortageProfessions', '');
insert into portal_setting (setting_key, setting_value) values ('ambassador.shortageFew', '1');
