-- The organisation module keeps every unit's outline (id, parent, code, name, kind, head count) in
-- memory on each node (UnitOutlineCache): the dashboard, the home page's recommendation card and the
-- news pages walk the whole tree on every view. A unit created or changed by an admin, an HR import
-- or a demo load bumps this generation in its transaction, and every node compares it at most every
-- two seconds before using its copy.
insert into cache_generation (name, generation) values ('organisation.units', 0);
