-- Monthly channel follow-up (module followup): targets per channel, figures per channel and
-- 28-day period with the plan-do-check-act note, per-post figures that mark the best posts,
-- and the reminders sent when a period closed without figures. Channels are referred to by
-- their code (the policy module owns them), never by a foreign key into another module.

create table fup_channel_target (
    id                       bigint primary key,
    version                  bigint not null default 0,
    channel_code             varchar(40) not null,
    owner_email              varchar(254),
    new_followers_per_month  integer,
    rate_kind                varchar(20) not null,
    rate_percent             numeric(6, 2),
    posts_per_week           integer,
    constraint uq_fup_target_channel unique (channel_code),
    constraint ck_fup_target_kind check (rate_kind in ('ACTIVITY', 'INTERACTION')),
    constraint ck_fup_target_values check ((new_followers_per_month is null or new_followers_per_month >= 0)
        and (rate_percent is null or (rate_percent >= 0 and rate_percent <= 100))
        and (posts_per_week is null or posts_per_week >= 0))
);

create table fup_channel_period (
    id             bigint primary key,
    version        bigint not null default 0,
    channel_code   varchar(40) not null,
    period_start   date not null,
    followers      integer,
    new_followers  integer,
    rate_percent   numeric(6, 2),
    posts          integer,
    learned        varchar(2000),
    change_next    varchar(2000),
    source         varchar(20) not null,
    updated_by     varchar(60) not null,
    updated_at     timestamp not null,
    constraint uq_fup_period unique (channel_code, period_start),
    constraint ck_fup_period_source check (source in ('FORM', 'IMPORT', 'DEMO')),
    constraint ck_fup_period_values check ((followers is null or followers >= 0)
        and (new_followers is null or new_followers >= 0) and (posts is null or posts >= 0)
        and (rate_percent is null or (rate_percent >= 0 and rate_percent <= 100)))
);
create index ix_fup_period_start on fup_channel_period (period_start);

create table fup_post_figure (
    id            bigint primary key,
    version       bigint not null default 0,
    period_id     bigint not null references fup_channel_period (id),
    post_link     varchar(1000) not null,
    title         varchar(300),
    published_on  date,
    impressions   integer not null,
    interactions  integer not null,
    constraint ck_fup_post_values check (impressions >= 0 and interactions >= 0)
);
create index ix_fup_post_period on fup_post_figure (period_id);

create table fup_reminder (
    id            bigint primary key,
    version       bigint not null default 0,
    channel_code  varchar(40) not null,
    period_start  date not null,
    recipient     varchar(254) not null,
    sent_at       timestamp not null,
    constraint uq_fup_reminder unique (channel_code, period_start)
);
