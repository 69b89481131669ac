-- The organisation tree, the people in it and their portal accounts.
-- Migrations are the only way the schema changes; each module adds its own files.
create sequence portal_seq start with 1000 increment by 50;

create table org_unit (
    id          bigint primary key,
    version     bigint not null default 0,
    code        varchar(40) not null,
    name        varchar(200) not null,
    kind        varchar(20) not null,
    parent_id   bigint references org_unit (id),
    manager_id  bigint,
    headcount   integer,
    constraint uq_org_unit_code unique (code),
    constraint ck_org_unit_kind check (kind in ('ADMINISTRATION', 'UNIT'))
);

create table person (
    id          bigint primary key,
    version     bigint not null default 0,
    kind        varchar(30) not null,
    first_name  varchar(100) not null,
    last_name   varchar(100) not null,
    email       varchar(200),
    phone       varchar(50),
    title       varchar(200),
    profession  varchar(120),
    town        varchar(120),
    unit_id     bigint references org_unit (id),
    constraint ck_person_kind check (kind in ('EMPLOYEE', 'ELECTED_OFFICIAL'))
);
create index ix_person_unit on person (unit_id);
create index ix_person_last_name on person (last_name);

alter table org_unit add constraint fk_org_unit_manager foreign key (manager_id) references person (id);

create table app_user (
    id            bigint primary key,
    version       bigint not null default 0,
    username      varchar(60) not null,
    password_hash varchar(500) not null,
    person_id     bigint references person (id),
    language      varchar(8) not null default 'sv',
    active        boolean not null default true,
    constraint uq_app_user_username unique (username)
);

create table user_role (
    user_id    bigint not null references app_user (id) on delete cascade,
    role_name  varchar(30) not null,
    primary key (user_id, role_name)
);

-- Which modules have loaded their demo content, so a module added later seeds itself
-- into an existing demo database and tests' own data never blocks the demo.
create table demo_seed (
    module     varchar(40) primary key,
    seeded_at  timestamp not null
);

-- Settings the communications staff own, such as the organisation's name: data, not code.
create table portal_setting (
    setting_key   varchar(80) primary key,
    setting_value varchar(2000) not null
);
insert into portal_setting (setting_key, setting_value) values ('organisation.name', 'Regionen');
