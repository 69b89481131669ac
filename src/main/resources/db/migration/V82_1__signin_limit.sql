-- The sign-in limits, shared by every node (see SignInLimits): one row per username or client
-- address (as a SHA-256, never the typed text) whose allowance of password attempts is not whole.
-- full_again_at is the moment, in milliseconds since 1970 UTC, when the allowance is whole again;
-- each attempt pushes it one interval later, and an attempt is refused while less than one
-- attempt's worth is left. A row whose moment has passed means the same as no row.
create table signin_limit (
    limit_key varchar(64) not null primary key,
    full_again_at bigint not null
);
create index signin_limit_full_again_at on signin_limit (full_again_at);
