-- Every mail the portal sends, so that nothing goes "nowhere": in demo mode mail is only
-- written here and to the log; in production it is also sent by SMTP and its outcome kept.
create table mail_outbox (
    id          bigint primary key,
    version     bigint not null default 0,
    recipient   varchar(200) not null,
    subject     varchar(300) not null,
    body        clob not null,
    created_at  timestamp not null,
    status      varchar(20) not null,
    error       varchar(1000),
    constraint ck_mail_status check (status in ('LOGGED', 'SENT', 'FAILED'))
);
create index ix_mail_outbox_created on mail_outbox (created_at);
