-- A training module's quiz may have several questions, each with its options and its right answer,
-- and a pass mark (how many must be right; none means all). An existing one-question quiz becomes
-- the first question of the new table; the three single-question columns go.
create table training_quiz_question (
    module_id       bigint not null references training_module (id) on delete cascade,
    question_index  integer not null,
    question_text   varchar(500) not null,
    option_lines    varchar(2000) not null,
    right_option    integer not null,
    primary key (module_id, question_index),
    constraint ck_quiz_right_option check (right_option >= 0)
);

insert into training_quiz_question (module_id, question_index, question_text, option_lines, right_option)
select id, 0, quiz_question, quiz_options, quiz_answer
from training_module
where quiz_question is not null and quiz_options is not null and quiz_answer is not null;

alter table training_module add column quiz_pass_mark integer;
alter table training_module add constraint ck_training_pass_mark check (quiz_pass_mark is null or quiz_pass_mark > 0);
alter table training_module drop column quiz_question;
alter table training_module drop column quiz_options;
alter table training_module drop column quiz_answer;
