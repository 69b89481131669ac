-- The first-run setup (issue 17): the first admin gives an e-mail address, and a row closes the setup for good.
-- The first admin's address, asked by the first-run setup (and open to every account).
alter table app_user add column email varchar(200);

-- A database that already has accounts was set up before the first-run setup existed (by SQL or
-- as a demo): it never shows the setup page.
insert into portal_setting (setting_key, setting_value)
    select 'setup.completed', 'before first-run setup' from app_user having count(*) > 0;
