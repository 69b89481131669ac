-- One counter per cache that nodes keep in memory: a change bumps it in its own transaction, and every
-- node compares it before trusting its copy (see SnapshotCache), so a change reaches all nodes.
create table cache_generation (
    name varchar(64) not null primary key,
    generation bigint not null
);
insert into cache_generation (name, generation) values ('press.routing', 0);
