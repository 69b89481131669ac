-- Sort keys (as V97_1: java.text.Collator keys per interface language, compared as unsigned bytes) for the
-- texts paged lists still sorted by the database's collation: a person's first name, profession and town
-- (the people list, the ambassador directory), and the titles of stories, policy versions (each
-- language's key of the title its readers see), training modules and spokespeople (the press registry). The same columns on H2 (varbinary).
-- V99_3 fills the rows written before.
alter table person add column first_name_key_sv bytea;
alter table person add column first_name_key_en bytea;
alter table person add column first_name_key_da bytea;
alter table person add column profession_key_sv bytea;
alter table person add column profession_key_en bytea;
alter table person add column profession_key_da bytea;
alter table person add column town_key_sv bytea;
alter table person add column town_key_en bytea;
alter table person add column town_key_da bytea;
alter table story add column sort_key_sv bytea;
alter table story add column sort_key_en bytea;
alter table story add column sort_key_da bytea;
alter table policy_version add column sort_key_sv bytea;
alter table policy_version add column sort_key_en bytea;
alter table policy_version add column sort_key_da bytea;
alter table training_module add column sort_key_sv bytea;
alter table training_module add column sort_key_en bytea;
alter table training_module add column sort_key_da bytea;
alter table press_spokesperson add column sort_key_sv bytea;
alter table press_spokesperson add column sort_key_en bytea;
alter table press_spokesperson add column sort_key_da bytea;
