-- Sort keys per interface language (platform.i18n.Collation.key, java.text.Collator at secondary strength),
-- so that lists paged in the database sort names in the reader's alphabet by plain byte order:
-- person (last name, first name), org_unit, press_topic (name), press_inquiry (outlet), lobbying_meeting (issue).
-- Binary columns compare as unsigned bytes on PostgreSQL and H2 alike (PostgreSQL bytea, H2 varbinary);
-- text would sort by the database's collation again. V97_2 fills the rows written before.
alter table person add column sort_key_sv bytea;
alter table person add column sort_key_en bytea;
alter table person add column sort_key_da bytea;
alter table org_unit add column sort_key_sv bytea;
alter table org_unit add column sort_key_en bytea;
alter table org_unit add column sort_key_da bytea;
alter table press_topic add column sort_key_sv bytea;
alter table press_topic add column sort_key_en bytea;
alter table press_topic add column sort_key_da bytea;
alter table press_inquiry add column sort_key_sv bytea;
alter table press_inquiry add column sort_key_en bytea;
alter table press_inquiry add column sort_key_da bytea;
alter table lobbying_meeting add column sort_key_sv bytea;
alter table lobbying_meeting add column sort_key_en bytea;
alter table lobbying_meeting add column sort_key_da bytea;
