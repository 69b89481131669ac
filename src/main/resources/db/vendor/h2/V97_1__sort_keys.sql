-- Sort keys per interface language (platform.i18n.Collation.key, java.text.Collator at secondary strength),
-- so that lists paged in the database sort names in the reader's alphabet by plain byte order:
-- person (last name, first name), org_unit, press_topic (name), press_inquiry (outlet), lobbying_meeting (issue).
-- Binary columns compare as unsigned bytes on H2 and PostgreSQL alike (H2 varbinary, PostgreSQL bytea);
-- text would sort by the database's collation again. V97_2 fills the rows written before.
alter table person add column sort_key_sv varbinary(400);
alter table person add column sort_key_en varbinary(400);
alter table person add column sort_key_da varbinary(400);
alter table org_unit add column sort_key_sv varbinary(400);
alter table org_unit add column sort_key_en varbinary(400);
alter table org_unit add column sort_key_da varbinary(400);
alter table press_topic add column sort_key_sv varbinary(400);
alter table press_topic add column sort_key_en varbinary(400);
alter table press_topic add column sort_key_da varbinary(400);
alter table press_inquiry add column sort_key_sv varbinary(400);
alter table press_inquiry add column sort_key_en varbinary(400);
alter table press_inquiry add column sort_key_da varbinary(400);
alter table lobbying_meeting add column sort_key_sv varbinary(400);
alter table lobbying_meeting add column sort_key_en varbinary(400);
alter table lobbying_meeting add column sort_key_da varbinary(400);
