-- The photo of a news item (H2 spells a binary large object blob; PostgreSQL bytea).
alter table news_item add column image_large blob;
