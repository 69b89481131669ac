-- The organisation's logo, sanitised SVG or re-encoded PNG (H2 spells a binary large object blob; PostgreSQL bytea).
alter table organisation_profile add column logo bytea;
