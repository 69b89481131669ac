-- Material types and channels get a name per language code (issue 17, item 4), kept the way the
-- brand plan keeps its texts (V87_1): one row per language in a table of names, so Danish, and any
-- language added later, needs no new column. Before this, a material type had one column for Swedish
-- and one for English and a channel one name in the organisation's main language.
--
-- Every existing name moves to its language: name_sv to 'sv', name_en to 'en', a channel's name to
-- 'sv'. The reference data's own rows (V75_1) also get their Danish names, and a channel its English
-- one, but only while their Swedish name is still the one V75_1 wrote: a record the communicators
-- have renamed keeps their names, and a translation of the old name is not added beside them.

create table material_type_name (
    material_type_id  bigint not null references material_type (id) on delete cascade,
    lang              varchar(8) not null,
    name              varchar(100) not null,
    primary key (material_type_id, lang)
);

insert into material_type_name (material_type_id, lang, name)
select id, 'sv', name_sv from material_type;

insert into material_type_name (material_type_id, lang, name)
select id, 'en', name_en from material_type;

insert into material_type_name (material_type_id, lang, name)
select m.id, 'da', v.name_da
from material_type m
join (values
    ('BRAG', 'Skryt', 'Det er vi stolte af'),
    ('TIPS', 'Tips & råd', 'Tips og råd'),
    ('KNOWLEDGE', 'Kunskap', 'Viden'),
    ('POLITICS', 'Politik', 'Politik'),
    ('JOB_AD', 'Platsannons', 'Stillingsopslag'),
    ('HELP_US', 'Hjälp oss', 'Hjælp os'),
    ('STAFF_PORTRAIT', 'Personporträtt', 'Medarbejderportræt'),
    ('NEWS', 'Nyheter', 'Nyheder')
) as v (code, name_sv, name_da) on v.code = m.code and v.name_sv = m.name_sv;

alter table material_type drop column name_sv;
alter table material_type drop column name_en;

create table channel_name (
    channel_id  bigint not null references channel (id) on delete cascade,
    lang        varchar(8) not null,
    name        varchar(100) not null,
    primary key (channel_id, lang)
);

insert into channel_name (channel_id, lang, name)
select id, 'sv', name from channel;

insert into channel_name (channel_id, lang, name)
select c.id, v.lang, v.translated
from channel c
join (values
    ('WEB', 'Webbplatsen', 'en', 'Website'),
    ('WEB', 'Webbplatsen', 'da', 'Hjemmesiden'),
    ('FACEBOOK', 'Facebook', 'en', 'Facebook'),
    ('FACEBOOK', 'Facebook', 'da', 'Facebook'),
    ('LINKEDIN', 'LinkedIn', 'en', 'LinkedIn'),
    ('LINKEDIN', 'LinkedIn', 'da', 'LinkedIn'),
    ('INSTAGRAM', 'Instagram', 'en', 'Instagram'),
    ('INSTAGRAM', 'Instagram', 'da', 'Instagram'),
    ('X', 'X (Twitter)', 'en', 'X (Twitter)'),
    ('X', 'X (Twitter)', 'da', 'X (Twitter)'),
    ('INTRANET', 'Intranätet', 'en', 'Intranet'),
    ('INTRANET', 'Intranätet', 'da', 'Intranettet')
) as v (code, name_sv, lang, translated) on v.code = c.code and v.name_sv = c.name;

alter table channel drop column name;
