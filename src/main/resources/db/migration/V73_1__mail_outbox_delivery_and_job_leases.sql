-- Mail leaves through the outbox: the transaction that decides to mail only writes the row
-- (PENDING); a job sends it after commit. A sender claims a row by a conditional update to
-- SENDING with its own claim token, so two nodes never send the same mail; a failed send goes
-- back to PENDING with a later next_attempt_at (exponential backoff) until attempts run out
-- (FAILED). Rows from before this version were already sent or logged and stay as they are.
alter table mail_outbox add column attempts integer default 0 not null;
alter table mail_outbox add column next_attempt_at timestamp;
alter table mail_outbox add column sent_at timestamp;
alter table mail_outbox add column claim_token varchar(36);
alter table mail_outbox add column claimed_until timestamp;
alter table mail_outbox drop constraint ck_mail_status;
alter table mail_outbox add constraint ck_mail_status
    check (status in ('PENDING', 'SENDING', 'SENT', 'LOGGED', 'FAILED'));
create index ix_mail_outbox_due on mail_outbox (status, next_attempt_at);
create index ix_mail_outbox_recipient on mail_outbox (recipient, created_at);

-- One row per scheduled job and period: inserting it (primary key) or taking over a lease that
-- ran out before the run finished is how one node of several claims the run. Portable SQL only:
-- a duplicate insert fails on every database, a conditional update counts its rows everywhere.
create table job_lease (
    job_name     varchar(100) not null,
    period_key   varchar(40) not null,
    owner        varchar(100) not null,
    lease_until  timestamp not null,
    started_at   timestamp not null,
    finished_at  timestamp,
    attempts     integer default 1 not null,
    error        varchar(1000),
    version      bigint default 0 not null,
    constraint pk_job_lease primary key (job_name, period_key)
);
create index ix_job_lease_finished on job_lease (finished_at);
