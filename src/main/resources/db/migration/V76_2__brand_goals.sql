-- Goals 1 and 2 of the employer-brand plan as data, like goal 3 (rec_goal): per target group and
-- brand association (goal 1, attitude) or knowledge question (goal 2), a baseline with its date, a
-- target and a deadline; and the measurements of target-group surveys as shares with the number of
-- respondents (never a person). Target groups and associations are the story module's codes.

create table rec_brand_goal (
    id             bigint primary key,
    version        bigint not null default 0,
    goal_number    integer not null,
    target_group   varchar(40) not null,
    subject        varchar(40) not null,
    baseline       double precision not null,
    baseline_date  date not null,
    target         double precision not null,
    deadline       date not null,
    constraint uq_rec_brand_goal unique (goal_number, target_group, subject, deadline),
    constraint ck_rec_brand_goal_number check (goal_number in (1, 2)),
    constraint ck_rec_brand_goal_dates check (deadline > baseline_date),
    constraint ck_rec_brand_goal_shares check (baseline >= 0 and baseline <= 1 and target >= 0 and target <= 1)
);

create table rec_brand_measurement (
    id            bigint primary key,
    version       bigint not null default 0,
    goal_number   integer not null,
    target_group  varchar(40) not null,
    subject       varchar(40) not null,
    measured_on   date not null,
    share         double precision not null,
    respondents   integer not null,
    file_name     varchar(255) not null,
    imported_by   varchar(60) not null,
    imported_at   timestamp not null,
    constraint uq_rec_brand_measurement unique (goal_number, target_group, subject, measured_on),
    constraint ck_rec_brand_measurement check (share >= 0 and share <= 1 and respondents >= 0)
);
create index ix_rec_brand_measurement on rec_brand_measurement (goal_number, target_group, subject);
