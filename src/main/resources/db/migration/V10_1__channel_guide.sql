-- The channel guide: each channel's strategy and how common each material type is there.
-- Communicators edit all of it; the story module reads the matrix to warn writers.
create table channel (
    id                 bigint primary key,
    version            bigint not null default 0,
    code               varchar(40) not null,
    name               varchar(100) not null,
    address            varchar(300),
    audience           varchar(1000),
    target_group       varchar(1000),
    content_strategy   varchar(2000),
    avoid              varchar(2000),
    works_well         varchar(2000),
    tone               varchar(1000),
    frequency          varchar(500),
    max_posts_per_day  integer,
    when_to_post       varchar(1000),
    sponsoring_budget  varchar(500),
    sort_order         integer not null default 0,
    constraint uq_channel_code unique (code),
    constraint ck_channel_max_posts check (max_posts_per_day is null or max_posts_per_day > 0)
);

create table material_type (
    id            bigint primary key,
    version       bigint not null default 0,
    code          varchar(40) not null,
    name_sv       varchar(100) not null,
    name_en       varchar(100) not null,
    debate_prone  boolean not null default false,
    sort_order    integer not null default 0,
    constraint uq_material_type_code unique (code)
);

create table channel_rating (
    id                bigint primary key,
    version           bigint not null default 0,
    channel_id        bigint not null references channel (id) on delete cascade,
    material_type_id  bigint not null references material_type (id) on delete cascade,
    rating            varchar(10) not null,
    constraint uq_channel_rating unique (channel_id, material_type_id),
    constraint ck_channel_rating check (rating in ('GREEN', 'YELLOW', 'RED'))
);
