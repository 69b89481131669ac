-- Reference data the portal needs on every database, demo or not: the channels of the digital
-- strategy, the eight material types and how common each is in each channel (green, yellow, red),
-- and the press contact's routing rules. Before this migration only the demo loader wrote them, so a
-- production start with an empty database had an empty channel guide, no material type for the
-- public portraits (STAFF_PORTRAIT) and a press router without rules.
--
-- Ids 701-899 are reserved for these rows: portal_seq starts at 1000 and EclipseLink takes each value
-- V as the block V-49..V, so no generated id is ever below 951. Every insert skips rows whose code
-- (or pair) a database already has, so a demo database written before this migration keeps its own.
-- Brand associations and target groups are Java enums (story.entity) and need no rows.

insert into material_type (id, version, code, name_sv, name_en, debate_prone, sort_order)
select v.id, 0, v.code, v.name_sv, v.name_en, v.debate_prone, v.sort_order
from (values
    (721, 'BRAG', 'Skryt', 'Brag', false, 0),
    (722, 'TIPS', 'Tips & råd', 'Tips & advice', false, 1),
    (723, 'KNOWLEDGE', 'Kunskap', 'Knowledge', false, 2),
    (724, 'POLITICS', 'Politik', 'Politics', true, 3),
    (725, 'JOB_AD', 'Platsannons', 'Job ad', false, 4),
    (726, 'HELP_US', 'Hjälp oss', 'Help us', false, 5),
    (727, 'STAFF_PORTRAIT', 'Personporträtt', 'Staff portrait', false, 6),
    (728, 'NEWS', 'Nyheter', 'News', false, 7)
) as v (id, code, name_sv, name_en, debate_prone, sort_order)
where not exists (select 1 from material_type m where m.code = v.code);

-- The strategy's own words per channel. Addresses, audience figures and budgets belong to one
-- organisation: communicators fill them in on the channel guide.
insert into channel (id, version, code, name, target_group, content_strategy, avoid, works_well, tone, frequency,
                     max_posts_per_day, when_to_post, sort_order)
select v.id, 0, v.code, v.name, v.target_group, v.content_strategy, v.avoid, v.works_well, v.tone, v.frequency,
       v.max_posts_per_day, v.when_to_post, v.sort_order
from (values
    (701, 'WEB', 'Webbplatsen', 'Alla målgrupper', 'Fakta, service, nyheter och lediga jobb.', 'Långa interna resonemang.',
        'Tydliga rubriker och svar på vanliga frågor.', 'Saklig och begriplig, du-tilltal.', 'Löpande',
        cast(null as integer), 'När nyheten är klar', 0),
    (702, 'FACEBOOK', 'Facebook', 'Invånare och tidigare medarbetare', 'Vardagsnära berättelser, tips och hjälp oss-inlägg.',
        'Partipolitiska utspel och långa texter.', 'Bilder från verksamheten; interaktion minst 7 %.',
        'Varm och personlig, vi-form.', '1–3 inlägg per vardag', 3, 'Vardagar 07–09 och 19–21', 1),
    (703, 'LINKEDIN', 'LinkedIn', 'Yrkesverksamma och studenter', 'Arbetsgivarvarumärket, kompetens och karriärvägar.',
        'Politik och platsannonser utan sammanhang.', 'Medarbetarnas egna röster; aktivitet 5 % i månaden.',
        'Professionell och stolt.', '5 inlägg i veckan', 2, 'Tisdag–torsdag förmiddag', 2),
    (704, 'INSTAGRAM', 'Instagram', 'Unga vuxna, studenter och medarbetare', 'Veckans instagrammare visar sin vardag.',
        'Konfidentiell information och patienter som kan kännas igen.', 'Bakom kulisserna och kollegor som samtyckt.',
        'Personlig och nyfiken.', '1–3 inlägg om dagen', 3, 'Under arbetsdagen', 3),
    (705, 'X', 'X (Twitter)', 'Media', 'Endast pressmeddelanden.', 'Allt annat än pressmeddelanden.',
        'Snabb länk till pressmeddelandet.', 'Saklig.', 'Vid pressmeddelanden', 5, 'När pressmeddelandet publiceras', 4),
    (706, 'INTRANET', 'Intranätet', 'Medarbetare och chefer', 'Nyheter inifrån först: medarbetare får veta innan media.',
        'Sådant som bara rör en enhet.', 'Korta nyheter med tydlig avsändare.', 'Rak och vänlig.', 'Dagligen',
        cast(null as integer), 'Morgon', 5)
) as v (id, code, name, target_group, content_strategy, avoid, works_well, tone, frequency, max_posts_per_day,
        when_to_post, sort_order)
where not exists (select 1 from channel c where c.code = v.code);

-- The matrix: every pair not listed below is green.
insert into channel_rating (id, version, channel_id, material_type_id, rating)
select 740 + (c.sort_order * 8) + m.sort_order + 1, 0, c.id, m.id,
       coalesce((select v.rating
                 from (values
                     ('FACEBOOK', 'POLITICS', 'YELLOW'), ('FACEBOOK', 'JOB_AD', 'YELLOW'),
                     ('LINKEDIN', 'TIPS', 'YELLOW'), ('LINKEDIN', 'NEWS', 'YELLOW'),
                     ('LINKEDIN', 'POLITICS', 'RED'), ('LINKEDIN', 'JOB_AD', 'RED'),
                     ('INSTAGRAM', 'POLITICS', 'RED'), ('INSTAGRAM', 'JOB_AD', 'RED'),
                     ('INSTAGRAM', 'NEWS', 'RED'), ('INSTAGRAM', 'HELP_US', 'YELLOW'),
                     ('X', 'BRAG', 'RED'), ('X', 'TIPS', 'RED'), ('X', 'KNOWLEDGE', 'RED'),
                     ('X', 'POLITICS', 'YELLOW'), ('X', 'JOB_AD', 'RED'), ('X', 'HELP_US', 'RED'),
                     ('X', 'STAFF_PORTRAIT', 'RED'), ('X', 'NEWS', 'GREEN'),
                     ('INTRANET', 'POLITICS', 'YELLOW')
                 ) as v (channel, type, rating)
                 where v.channel = c.code and v.type = m.code), 'GREEN')
from channel c
join material_type m on m.id between 721 and 728
where c.id between 701 and 706
  and not exists (select 1 from channel_rating r where r.channel_id = c.id and r.material_type_id = m.id);

-- The press contact guidelines' order of who answers, for a database that has no rules yet.
insert into press_routing_rule (id, version, rule_position, rule_condition, targets, active)
select v.id, 0, v.rule_position, v.rule_condition, v.targets, true
from (values
    (801, 1, 'POLITICAL', 'ELECTED_OFFICIAL'),
    (802, 2, 'COMPLEX', 'COORDINATOR'),
    (803, 3, 'SEVERAL_AREAS', 'COORDINATOR'),
    (804, 4, 'ONE_AREA', 'MANAGER,EXPERT'),
    (805, 5, 'NO_MATCH', 'COORDINATOR')
) as v (id, rule_position, rule_condition, targets)
where not exists (select 1 from press_routing_rule);
