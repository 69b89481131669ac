-- An account that never chose a language speaks the organisation's default (its profile), so a
-- Danish organisation's new accounts start in Danish without a Swedish value written for them.
-- Accounts that already have a language keep it: a stored 'sv' cannot tell a choice from the old default.
alter table app_user alter column language drop default;
alter table app_user alter column language drop not null;
