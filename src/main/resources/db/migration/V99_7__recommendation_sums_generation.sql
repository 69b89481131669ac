-- The recommendation module keeps every round's unit sums (rec_unit_sum) in memory on each node
-- (UnitSums): the dashboard, its trend and the home card read them on every view. An import or a
-- deleted round bumps this generation in its transaction, and every node compares it at most every
-- two seconds before using its copy.
insert into cache_generation (name, generation) values ('recommendation.sums', 0);
