-- Staff stories: what employees submit, who must consent, who approved it, and where and when
-- the communicators publish it. Photos are stored re-encoded (no metadata) in two sizes.
create table story (
    id                 bigint primary key,
    version            bigint not null default 0,
    author_id          bigint not null references person (id),
    approver_id        bigint references person (id),
    title              varchar(200) not null,
    body               clob,
    material_type      varchar(40) not null,
    justification      varchar(1000),
    show_first_name    boolean not null default false,
    status             varchar(20) not null,
    return_comment     varchar(2000),
    created_at         timestamp not null,
    updated_at         timestamp not null,
    submitted_at       timestamp,
    approved_at        timestamp,
    withdrawn_at       timestamp,
    constraint ck_story_status check (status in
        ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'SCHEDULED', 'PUBLISHED', 'WITHDRAWN'))
);
create index ix_story_author on story (author_id);
create index ix_story_status on story (status);

create table story_target_group (
    story_id      bigint not null references story (id) on delete cascade,
    target_group  varchar(40) not null,
    primary key (story_id, target_group)
);

create table story_brand (
    story_id  bigint not null references story (id) on delete cascade,
    brand     varchar(40) not null,
    primary key (story_id, brand)
);

create table story_suggested_channel (
    story_id      bigint not null references story (id) on delete cascade,
    channel_code  varchar(40) not null,
    primary key (story_id, channel_code)
);

-- Everyone pictured: a colleague answers in the portal; for someone outside the organisation
-- the submitter records how consent was obtained.
create table story_consent (
    id               bigint primary key,
    version          bigint not null default 0,
    story_id         bigint not null references story (id) on delete cascade,
    person_id        bigint references person (id),
    external_name    varchar(200),
    external_method  varchar(1000),
    status           varchar(20) not null,
    requested_at     timestamp not null,
    answered_at      timestamp,
    constraint ck_consent_status check (status in ('PENDING', 'GIVEN', 'REFUSED', 'WITHDRAWN')),
    constraint ck_consent_who check ((person_id is not null and external_name is null)
        or (person_id is null and external_name is not null))
);
create index ix_consent_story on story_consent (story_id);
create index ix_consent_person on story_consent (person_id);

create table story_photo (
    id            bigint primary key,
    version       bigint not null default 0,
    story_id      bigint not null references story (id) on delete cascade,
    content_type  varchar(40) not null,
    width         integer not null,
    height        integer not null,
    alt_text      varchar(300),
    large_image   blob not null,
    small_image   blob not null,
    created_at    timestamp not null
);
create index ix_photo_story on story_photo (story_id);

-- One row per channel a story is planned for; a link makes it published there.
create table story_placement (
    id              bigint primary key,
    version         bigint not null default 0,
    story_id        bigint not null references story (id) on delete cascade,
    channel_code    varchar(40) not null,
    scheduled_at    timestamp not null,
    scheduled_by    bigint references person (id),
    published_at    timestamp,
    post_link       varchar(1000),
    taken_down_at   timestamp,
    constraint uq_placement unique (story_id, channel_code)
);
create index ix_placement_time on story_placement (scheduled_at);

-- The story's history: who did what, when.
create table story_event (
    id          bigint primary key,
    version     bigint not null default 0,
    story_id    bigint not null references story (id) on delete cascade,
    actor_id    bigint references person (id),
    action      varchar(30) not null,
    happened_at timestamp not null,
    note        varchar(2000)
);
create index ix_event_story on story_event (story_id);
