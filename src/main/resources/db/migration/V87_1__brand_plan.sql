-- The employer-brand plan as data (issue 17, item 3): brand associations and target groups are
-- records the communicators maintain instead of Java enums. Each has a stable code that never
-- changes (the old enum constant for the rows seeded here), an active flag (a record in use is
-- retired, never deleted) and its texts per language code (sv, en, da, and any language added later
-- without a new column). Target groups may have sub-groups through parent_id.
--
-- Stories, news items and the brand goals keep referring to the code, which is now a foreign key to
-- the record: a rename changes only the texts, so every old story, item and goal line shows the
-- current name and reports keep grouping by the same code. Adding the foreign keys to the existing
-- rows is the conversion's check: a reference that matched no record would stop this migration
-- rather than be lost (the enums only ever wrote the codes seeded below).
--
-- Ids below 951 are never generated (see V75_1), so the seeded rows take 911-913 and 921-924.

create table brand_association (
    id          bigint primary key,
    version     bigint not null default 0,
    code        varchar(40) not null,
    active      boolean not null default true,
    sort_order  integer not null default 0,
    constraint uq_brand_association_code unique (code)
);

create table brand_association_text (
    association_id  bigint not null references brand_association (id),
    lang            varchar(8) not null,
    name            varchar(100) not null,
    description     varchar(1000),
    attributes      varchar(1000),
    primary key (association_id, lang)
);

create table target_group (
    id          bigint primary key,
    version     bigint not null default 0,
    code        varchar(40) not null,
    parent_id   bigint references target_group (id),
    active      boolean not null default true,
    sort_order  integer not null default 0,
    constraint uq_target_group_code unique (code),
    constraint ck_target_group_parent check (parent_id is null or parent_id <> id)
);
create index ix_target_group_parent on target_group (parent_id);

create table target_group_text (
    group_id     bigint not null references target_group (id),
    lang         varchar(8) not null,
    name         varchar(100) not null,
    description  varchar(1000),
    attributes   varchar(1000),
    primary key (group_id, lang)
);

insert into brand_association (id, version, code, active, sort_order) values
    (911, 0, 'MAKE_A_DIFFERENCE', true, 0),
    (912, 0, 'CLOSE', true, 1),
    (913, 0, 'DEVELOPING', true, 2);

insert into brand_association_text (association_id, lang, name, description, attributes) values
    (911, 'sv', 'Göra skillnad', 'Hos oss gör du skillnad för människor och samhälle.',
        'Meningsfullt för dig
Påverkar samhället och invånarna'),
    (911, 'en', 'Make a difference', 'With us you make a difference for people and society.',
        'Meaningful for you
Affects society and residents'),
    (912, 'sv', 'Nära', 'Vi finns mitt i livet och mitt i samhället.',
        'Mitt i livet
Mitt i samhället'),
    (912, 'en', 'Close', 'We are present in the middle of life and society.',
        'In the middle of life
In the middle of society'),
    (913, 'sv', 'Utvecklande', 'Ett hållbart arbetsliv där du växer och hjälper andra att växa.',
        'Ett hållbart arbetsliv
Du växer och hjälper andra att växa'),
    (913, 'en', 'Developing', 'A sustainable working life where you grow and help others grow.',
        'A sustainable working life
You grow and help others grow');

-- Danish names from the Danish bundles of the same day (the plan's descriptions stay Swedish and
-- English until a communicator writes them).
insert into brand_association_text (association_id, lang, name, description, attributes) values
    (911, 'da', 'Gøre en forskel', null, null),
    (912, 'da', 'Tæt på', null, null),
    (913, 'da', 'Udviklende', null, null);

insert into target_group (id, version, code, parent_id, active, sort_order) values
    (921, 0, 'INTERNAL', null, true, 0),
    (922, 0, 'POTENTIAL_EMPLOYEES', null, true, 1),
    (923, 0, 'STUDENTS', null, true, 2),
    (924, 0, 'STAKEHOLDERS', null, true, 3);

insert into target_group_text (group_id, lang, name, description, attributes) values
    (921, 'sv', 'Internt (medarbetare och chefer)', 'Medarbetare, chefer, HR och rekrytering, nyckelpersoner.', null),
    (921, 'en', 'Internal (employees and managers)', 'Employees, managers, HR and recruitment, key people.', null),
    (922, 'sv', 'Potentiella medarbetare',
        'Yrkesverksamma på andra arbetsplatser, tidigare medarbetare, pensionärer, konsulter och forskningsintresserade.', null),
    (922, 'en', 'Potential employees',
        'Professionals elsewhere, former employees, retirees, consultants and people interested in research.', null),
    (923, 'sv', 'Studenter och elever',
        'Studenter vid högskolor, utlandsutbildad vårdpersonal, gymnasieelever, praktik (VFU och LIA).', null),
    (923, 'en', 'Students and pupils',
        'University students, foreign-trained healthcare staff, high-school pupils, work placements (VFU and LIA).', null),
    (924, 'sv', 'Intressenter', 'Fackförbund, lärosäten, intresseorganisationer, media och opinionsbildare.', null),
    (924, 'en', 'Stakeholders', 'Unions, universities, interest groups, media and opinion leaders.', null);

insert into target_group_text (group_id, lang, name, description, attributes) values
    (921, 'da', 'Internt (medarbejdere og ledere)', null, null),
    (922, 'da', 'Potentielle medarbejdere', null, null),
    (923, 'da', 'Studerende og elever', null, null),
    (924, 'da', 'Interessenter', null, null);

-- The existing references become foreign keys to the records.
alter table story_brand add constraint fk_story_brand_association
    foreign key (brand) references brand_association (code);
alter table story_target_group add constraint fk_story_target_group
    foreign key (target_group) references target_group (code);
alter table news_item add constraint fk_news_item_brand_association
    foreign key (brand) references brand_association (code);
alter table rec_brand_goal add constraint fk_rec_brand_goal_target_group
    foreign key (target_group) references target_group (code);
alter table rec_brand_measurement add constraint fk_rec_brand_measurement_target_group
    foreign key (target_group) references target_group (code);
create index ix_story_brand_brand on story_brand (brand);
create index ix_story_target_group_group on story_target_group (target_group);
