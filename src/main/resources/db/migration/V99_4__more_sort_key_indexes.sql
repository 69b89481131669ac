-- Indexes on (key, id) for V99_2's sort keys of the large paged lists, as V99_1 for the first keys: the
-- people list (thousands of people) by first name, profession or town, and the story list by title.
-- Policy versions and training modules are tens of rows: a sort of them costs less than an index kept
-- up to date, so they have none.
create index ix_person_first_name_key_sv on person (first_name_key_sv, id);
create index ix_person_first_name_key_en on person (first_name_key_en, id);
create index ix_person_first_name_key_da on person (first_name_key_da, id);
create index ix_person_profession_key_sv on person (profession_key_sv, id);
create index ix_person_profession_key_en on person (profession_key_en, id);
create index ix_person_profession_key_da on person (profession_key_da, id);
create index ix_person_town_key_sv on person (town_key_sv, id);
create index ix_person_town_key_en on person (town_key_en, id);
create index ix_person_town_key_da on person (town_key_da, id);
create index ix_story_sort_key_sv on story (sort_key_sv, id);
create index ix_story_sort_key_en on story (sort_key_en, id);
create index ix_story_sort_key_da on story (sort_key_da, id);
