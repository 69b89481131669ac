-- Single sign-on (OpenID Connect): the provider's stable key for a person (their employee number or
-- e-mail, as configured) is written on their account at the first sign-in through the provider, so
-- later sign-ins and the provider's bearer tokens find the account in one indexed query. Accounts
-- that never signed in through the provider keep it empty (several NULLs are allowed in a unique index).
alter table app_user add column sso_key varchar(200);
create unique index uq_app_user_sso_key on app_user (sso_key);
