-- The paged lists that sort by a name in the reader's alphabet (the sort keys of V97_1) read their
-- first page in the order of an index on (key, id), the order Queries.page asks for, instead of
-- sorting the whole table for twenty rows: the press log by outlet (tens of thousands of inquiries),
-- the people and the units by name, the topics, the lobbying register by issue. One index per
-- interface language, as each reader sorts by their own column. A descending sort reads the same
-- index backwards (Queries.page breaks ties by id in the direction of the sort).
create index ix_person_sort_key_sv on person (sort_key_sv, id);
create index ix_person_sort_key_en on person (sort_key_en, id);
create index ix_person_sort_key_da on person (sort_key_da, id);
create index ix_org_unit_sort_key_sv on org_unit (sort_key_sv, id);
create index ix_org_unit_sort_key_en on org_unit (sort_key_en, id);
create index ix_org_unit_sort_key_da on org_unit (sort_key_da, id);
create index ix_press_topic_sort_key_sv on press_topic (sort_key_sv, id);
create index ix_press_topic_sort_key_en on press_topic (sort_key_en, id);
create index ix_press_topic_sort_key_da on press_topic (sort_key_da, id);
create index ix_press_inquiry_sort_key_sv on press_inquiry (sort_key_sv, id);
create index ix_press_inquiry_sort_key_en on press_inquiry (sort_key_en, id);
create index ix_press_inquiry_sort_key_da on press_inquiry (sort_key_da, id);
create index ix_lobbying_meeting_sort_key_sv on lobbying_meeting (sort_key_sv, id);
create index ix_lobbying_meeting_sort_key_en on lobbying_meeting (sort_key_en, id);
create index ix_lobbying_meeting_sort_key_da on lobbying_meeting (sort_key_da, id);
