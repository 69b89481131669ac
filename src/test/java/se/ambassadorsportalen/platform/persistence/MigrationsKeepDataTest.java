package se.ambassadorsportalen.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Migrations that move data to a new shape keep it: a database written before them (here, at
 * V50_1) is migrated to the newest version and what it held is still there, in the new tables.
 */
class MigrationsKeepDataTest {

    @Test
    void storyReasonsAndOneQuestionQuizzesWrittenBeforeTheirNewTablesAreKept() throws Exception {
        JdbcDataSource db = MigratedDatabases.migratedOn("migrations", "50.1", statement -> {
            statement.execute(
                    "insert into person (id, kind, first_name, last_name) values (1, 'EMPLOYEE', 'Eva', 'L')");
            statement.execute("insert into channel (id, code, name) values (1, 'X', 'X'), (2, 'WEB', 'Webbplatsen')");
            statement.execute(
                    "insert into material_type (id, code, name_sv, name_en) values (1, 'STAFF_PORTRAIT', 'P', 'P')");
            statement.execute("insert into channel_rating (id, channel_id, material_type_id, rating)"
                    + " values (1, 1, 1, 'RED'), (2, 2, 1, 'GREEN')");
            statement.execute(
                    "insert into story (id, author_id, title, material_type, justification, status, created_at,"
                            + " updated_at) values (1, 1, 'Min väg', 'STAFF_PORTRAIT', 'Journalister följer oss där', 'SUBMITTED',"
                            + " current_timestamp, current_timestamp), (2, 1, 'Utan', 'STAFF_PORTRAIT', null, 'DRAFT',"
                            + " current_timestamp, current_timestamp)");
            statement.execute(
                    "insert into story_suggested_channel (story_id, channel_code) values (1, 'X'), (1, 'WEB'), (2, 'X')");
            statement.execute(
                    "insert into training_module (id, title, content, purposes, quiz_question, quiz_options, quiz_answer)"
                            + " values (1, 'Veckans instagrammare', 'Text', 'RELAY', 'Hur många inlägg?', 'Ett till tre' || char(10) || 'Minst fem', 0),"
                            + " (2, 'Att prata med journalister', 'Text', 'MEDIA', null, null, null)");
        });

        try (Connection connection = db.getConnection()) {
            assertThat(MigratedDatabases.rows(
                            connection,
                            "select story_id, channel_code, justification from story_channel_justification"))
                    .as("the reason stays with the red channel only")
                    .containsExactly("1|X|Journalister följer oss där");
            assertThat(MigratedDatabases.rows(
                            connection,
                            "select module_id, question_index, question_text, replace(option_lines, char(10), '/'),"
                                    + " right_option from training_quiz_question order by module_id"))
                    .containsExactly("1|0|Hur många inlägg?|Ett till tre/Minst fem|0");
            assertThat(MigratedDatabases.rows(connection, "select id, quiz_pass_mark from training_module order by id"))
                    .containsExactly("1|null", "2|null");
        }
    }
}
