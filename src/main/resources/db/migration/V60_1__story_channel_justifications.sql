-- A story names a reason for each suggested channel where its material type is rare (red), not one
-- reason for all of them. Existing reasons are kept for the red channels they were written for; the
-- old single column goes, so there is one place a reason lives.
-- (Numbered above every module's first migration so databases already at V50_1 take it in order.)
create table story_channel_justification (
    story_id       bigint not null references story (id) on delete cascade,
    channel_code   varchar(40) not null,
    justification  varchar(1000) not null,
    primary key (story_id, channel_code)
);

insert into story_channel_justification (story_id, channel_code, justification)
select s.id, sc.channel_code, s.justification
from story s
join story_suggested_channel sc on sc.story_id = s.id
join channel c on c.code = sc.channel_code
join material_type m on m.code = s.material_type
join channel_rating r on r.channel_id = c.id and r.material_type_id = m.id
where s.justification is not null and r.rating = 'RED';

alter table story drop column justification;
