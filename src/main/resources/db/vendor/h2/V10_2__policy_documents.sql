-- Policy documents (policies, guidelines, routines), their published versions and the
-- employees' read acknowledgements. Every published version stays: none is ever changed.
create table policy_document (
    id              bigint primary key,
    version         bigint not null default 0,
    doc_type        varchar(20) not null,
    owner_name      varchar(200) not null,
    adopted_by      varchar(200) not null,
    requires_ack    boolean not null default false,
    ack_due         date,
    created_at      timestamp not null,
    constraint ck_policy_document_type check (doc_type in ('POLICY', 'GUIDELINE', 'ROUTINE'))
);

create table policy_version (
    id              bigint primary key,
    version         bigint not null default 0,
    document_id     bigint not null references policy_document (id),
    major_no        integer not null,
    minor_no        integer not null,
    is_current      boolean not null default false,
    title_sv        varchar(300) not null,
    title_en        varchar(300),
    body_sv         clob not null,
    body_en         clob,
    valid_from      date not null,
    valid_until     date,
    change_note     varchar(1000),
    published_at    timestamp not null,
    published_by    varchar(200) not null,
    constraint uq_policy_version_number unique (document_id, major_no, minor_no),
    constraint ck_policy_version_number check (major_no >= 1 and minor_no >= 0),
    constraint ck_policy_version_validity check (valid_until is null or valid_until >= valid_from)
);
create index ix_policy_version_current on policy_version (is_current);

create table policy_acknowledgement (
    id                bigint primary key,
    version           bigint not null default 0,
    document_id       bigint not null references policy_document (id),
    policy_version_id bigint not null references policy_version (id),
    person_id         bigint not null references person (id),
    major_no          integer not null,
    acknowledged_at   timestamp not null,
    constraint uq_policy_ack unique (document_id, person_id, major_no)
);
create index ix_policy_ack_document on policy_acknowledgement (document_id, major_no);
