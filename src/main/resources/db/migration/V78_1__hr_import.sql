-- People, units and managers kept in step with the HR system's export (organisation module).
-- employee_number is the HR system's stable key: only people who carry one are changed by the
-- import, so people an admin or the demo created stay as they are. A leaver keeps their row
-- (their stories, acknowledgements and consents refer to it); left_on says since when.
alter table person add column employee_number varchar(40);
alter table person add column employment_ends date;
alter table person add column left_on date;
create unique index uq_person_employee_number on person (employee_number);
-- A leaver's account is found by its person (the import deactivates it and moves the manager role).
create index ix_app_user_person on app_user (person_id);

-- A unit merged into another keeps its row (survey counts and goals refer to it), without staff,
-- children or manager, and points at the unit that took them over.
alter table org_unit add column merged_into_id bigint;
alter table org_unit add constraint fk_org_unit_merged_into foreign key (merged_into_id) references org_unit (id);

-- Every import that changed something: who ran it, on which file, and what it changed.
create table hr_import (
    id               bigint primary key,
    version          bigint not null default 0,
    imported_at      timestamp not null,
    imported_by      varchar(60) not null,
    file_name        varchar(255),
    sha256           varchar(64) not null,
    rows_read        integer not null,
    units_new        integer not null,
    units_changed    integer not null,
    units_moved      integer not null,
    units_merged     integer not null,
    people_new       integer not null,
    people_changed   integer not null,
    people_moved     integer not null,
    people_leaving   integer not null,
    managers_changed integer not null,
    approvals_handed_over integer not null,
    approvals_flagged     integer not null
);
