-- Internal news: communicators publish items to the whole organisation or to chosen
-- administrations and units; employees subscribe to topics and units, get a digest by mail and
-- read a personal Atom feed at a private address (only the SHA-256 of its token is stored).
create table news_item (
    id              bigint primary key,
    version         bigint not null default 0,
    title           varchar(200) not null,
    body            varchar(20000) not null,
    topic           varchar(40) not null,
    brand           varchar(40),
    audience_all    boolean not null,
    status          varchar(20) not null,
    created_by      varchar(60) not null,
    created_at      timestamp not null,
    updated_at      timestamp not null,
    published_at    timestamp,
    image_type      varchar(40),
    image_width     integer,
    image_height    integer,
    image_alt       varchar(300),
    constraint ck_news_status check (status in ('DRAFT', 'PUBLISHED'))
);

create index ix_news_item_published on news_item (status, published_at, id);

create table news_item_unit (
    item_id   bigint not null references news_item (id) on delete cascade,
    unit_id   bigint not null references org_unit (id),
    primary key (item_id, unit_id)
);

create index ix_news_item_unit_unit on news_item_unit (unit_id, item_id);

create table news_reader (
    id                  bigint primary key,
    version             bigint not null default 0,
    username            varchar(60) not null,
    frequency           varchar(20) not null,
    last_digest_at      timestamp not null,
    feed_token_hash     varchar(64),
    feed_token_created  timestamp,
    constraint uq_news_reader_username unique (username),
    constraint uq_news_reader_feed unique (feed_token_hash),
    constraint ck_news_reader_frequency check (frequency in ('NONE', 'DAILY', 'WEEKLY'))
);

create table news_reader_topic (
    reader_id  bigint not null references news_reader (id) on delete cascade,
    topic      varchar(40) not null,
    primary key (reader_id, topic)
);

create table news_reader_unit (
    reader_id  bigint not null references news_reader (id) on delete cascade,
    unit_id    bigint not null references org_unit (id),
    primary key (reader_id, unit_id)
);

-- A press release names the internal news item staff hear first.
alter table press_release add column internal_news_id bigint references news_item (id);
