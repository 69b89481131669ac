-- PostgreSQL's version of the H2 migration of the same name in db/vendor/h2 (left unchanged there, so
-- existing H2 databases keep their checksums): text for clob, bytea for blob, nextval() for next value for.
-- Recommendation rate: survey rounds, imported files, answer counts and goals.
-- Answers are stored only as counts per round x unit x grouping: no person, ever.

create table rec_survey_round (
    id               bigint primary key,
    version          bigint not null default 0,
    name             varchar(200) not null,
    held_on          date not null,
    scale            varchar(20) not null,
    recommends_from  integer not null,
    constraint ck_rec_round_scale check (scale in ('YES_NO', 'ONE_TO_FIVE', 'ZERO_TO_TEN'))
);

create table rec_survey_import (
    id                 bigint primary key,
    version            bigint not null default 0,
    round_id           bigint not null references rec_survey_round (id),
    file_name          varchar(255) not null,
    sha256             varchar(64) not null,
    row_count          bigint not null,
    answer_count       bigint not null,
    recommender_count  bigint not null,
    imported_at        timestamp not null,
    imported_by        varchar(60) not null,
    constraint uq_rec_import_sha256 unique (sha256)
);
create index ix_rec_import_round on rec_survey_import (round_id);

-- promoters (9-10) and detractors (0-6) only on a 0-10 scale; valued = answers that carry an answer
-- value (0 for rows imported as totals: unit, respondents, recommenders).
create table rec_answer_count (
    id                bigint default nextval('portal_seq') primary key,
    version           bigint not null default 0,
    round_id          bigint not null references rec_survey_round (id),
    import_id         bigint not null references rec_survey_import (id),
    unit_id           bigint not null references org_unit (id),
    age_band          varchar(60),
    profession_group  varchar(60),
    answers           bigint not null,
    recommenders      bigint not null,
    promoters         bigint not null,
    detractors        bigint not null,
    valued            bigint not null,
    constraint ck_rec_count check (answers >= 0 and recommenders >= 0 and recommenders <= answers
        and promoters + detractors <= answers and valued <= answers)
);
create index ix_rec_count_round_unit on rec_answer_count (round_id, unit_id);

create table rec_goal (
    id             bigint primary key,
    version        bigint not null default 0,
    name           varchar(200) not null,
    baseline       double precision not null,
    target         double precision not null,
    baseline_date  date not null,
    deadline       date not null,
    unit_id        bigint references org_unit (id),
    constraint ck_rec_goal_dates check (deadline > baseline_date)
);

-- Per round and unit, the sums the dashboard needs, kept up to date by every import, so the figures
-- read one row per unit however many answers there are. valued = answers that carry an answer value
-- (not imported as totals); eNPS is shown only where every answer has one.
create table rec_unit_sum (
    id            bigint default nextval('portal_seq') primary key,
    version       bigint not null default 0,
    round_id      bigint not null references rec_survey_round (id),
    unit_id       bigint not null references org_unit (id),
    answers       bigint not null,
    recommenders  bigint not null,
    promoters     bigint not null,
    detractors    bigint not null,
    valued        bigint not null,
    constraint uq_rec_unit_sum unique (round_id, unit_id)
);
