-- The organisation's profile as data (issue 17): the name, colours, contact addresses, careers
-- site and languages an admin edits in the portal, one row. The logo's bytes are added per vendor
-- (V83_2). The name starts from the portal_setting row that held it until now.
create table organisation_profile (
    id                  bigint primary key,
    version             bigint not null default 0,
    name                varchar(200) not null,
    header_colour       varchar(7) not null,
    header_text_colour  varchar(7) not null,
    accent_colour       varchar(7) not null,
    contact_email       varchar(200),
    press_email         varchar(200),
    phone               varchar(50),
    careers_url         varchar(500),
    languages           varchar(60) not null,
    default_language    varchar(8) not null,
    logo_type           varchar(40),
    constraint ck_organisation_profile_single check (id = 1)
);
insert into organisation_profile (id, version, name, header_colour, header_text_colour, accent_colour, languages, default_language)
    select 1, 0, setting_value, '#0b3d91', '#ffffff', '#0b5cad', 'sv,en', 'sv'
    from portal_setting where setting_key = 'organisation.name';

-- Every node keeps the profile in memory; a change bumps this counter (see ProfileCache).
insert into cache_generation (name, generation) values ('organisation.profile', 0);
