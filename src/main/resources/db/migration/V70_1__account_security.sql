-- Sign-in that costs little per request and ends at once when access is taken away.
-- security_stamp changes when a password is changed, an account is deactivated or an admin
-- ends its sessions; a browser session signed in under an older stamp is ended on its next
-- request. It is not the row's version, which also changes with the chosen language.
alter table app_user add column security_stamp bigint not null default 0;

-- Personal API tokens for integrations: only a SHA-256 hash of the token is kept (the token
-- itself is shown once), with an expiry and a revocation time; token_hint is the start of the
-- token, so its owner can tell two tokens apart.
create table api_token (
    id           bigint primary key,
    version      bigint not null default 0,
    user_id      bigint not null references app_user (id) on delete cascade,
    name         varchar(100) not null,
    token_hash   varchar(64) not null,
    token_hint   varchar(12) not null,
    created_at   timestamp not null,
    expires_at   timestamp not null,
    last_used_at timestamp,
    revoked_at   timestamp,
    constraint uq_api_token_hash unique (token_hash)
);
create index ix_api_token_user on api_token (user_id);
