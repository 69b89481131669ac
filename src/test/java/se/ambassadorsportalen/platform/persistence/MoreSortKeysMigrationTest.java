package se.ambassadorsportalen.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Rows written before the sort keys of first names, professions, towns and titles (V99_2) get
 * theirs from V99_3, so the lists that sorted those texts by the database's collation sort them in
 * each language's alphabet with a plain ORDER BY; a policy's keys are each of the title its
 * language's readers see.
 */
class MoreSortKeysMigrationTest {

    @Test
    void existingPeopleStoriesPoliciesModulesAndSpokespeopleGetKeysThatSortInEachLanguagesAlphabet() throws Exception {
        JdbcDataSource db = MigratedDatabases.migratedOn("more-sort-keys", "99.1", statement -> {
            statement.execute("insert into person (id, kind, first_name, last_name, profession, town) values"
                    + " (1, 'ELECTED_OFFICIAL', 'Örjan', 'A', 'Överläkare', 'Åre'),"
                    + " (2, 'ELECTED_OFFICIAL', 'Aase', 'A', 'Arkivarie', 'Ängelholm'),"
                    + " (3, 'ELECTED_OFFICIAL', 'Zoe', 'A', null, 'Zinkgruvan'),"
                    + " (4, 'ELECTED_OFFICIAL', 'Ärla', 'A', 'Ämnessakkunnig', null)");
            statement.execute("insert into story (id, version, author_id, title, material_type, status, created_at,"
                    + " updated_at) values (11, 0, 1, 'Ödmjuk vård', 'TEXT', 'DRAFT', current_timestamp,"
                    + " current_timestamp), (12, 0, 1, 'Akuten i natt', 'TEXT', 'DRAFT', current_timestamp,"
                    + " current_timestamp), (13, 0, 1, 'Zebrafiskar', 'TEXT', 'DRAFT', current_timestamp,"
                    + " current_timestamp)");
            statement.execute("insert into policy_document (id, version, doc_type, owner_name, adopted_by,"
                    + " requires_ack, created_at) values (21, 0, 'POLICY', 'O', 'A', false, current_timestamp)");
            statement.execute("insert into policy_version (id, version, document_id, major_no, minor_no, is_current,"
                    + " title_sv, title_en, body_sv, valid_from, published_at, published_by) values"
                    + " (31, 0, 21, 1, 0, false, 'Åtaganden', 'Commitments', 'B', current_date, current_timestamp, 'x'),"
                    + " (32, 0, 21, 1, 1, false, 'Bemötande', null, 'B', current_date, current_timestamp, 'x'),"
                    + " (33, 0, 21, 2, 0, true, 'Ödmjukhet', 'Attitude', 'B', current_date, current_timestamp, 'x')");
            statement.execute("insert into training_module (id, version, title, content, purposes, active) values"
                    + " (41, 0, 'Ämnen att undvika', 'C', 'STORIES', true), (42, 0, 'Zoom', 'C', 'STORIES', true)");
            statement.execute(
                    "insert into press_spokesperson (id, version, person_id, kind, title) values"
                            + " (51, 0, 1, 'ELECTED_OFFICIAL', 'Ordförande'), (52, 0, 2, 'ELECTED_OFFICIAL', 'Ärendeansvarig')");
        });

        try (Connection connection = db.getConnection()) {
            assertThat(MigratedDatabases.rows(
                            connection, "select first_name from person order by first_name_key_sv, id"))
                    .containsExactly("Aase", "Zoe", "Ärla", "Örjan");
            assertThat(MigratedDatabases.rows(
                            connection, "select first_name from person order by first_name_key_da, id"))
                    .as("Danish: ä as æ, ö as ø, aa as å, all after z")
                    .containsExactly("Zoe", "Ärla", "Örjan", "Aase");
            assertThat(MigratedDatabases.rows(connection, "select id from person order by profession_key_sv, id"))
                    .as("no profession sorts first, as an empty one")
                    .containsExactly("3", "2", "4", "1");
            assertThat(MigratedDatabases.rows(connection, "select id from person order by town_key_en, id"))
                    .containsExactly("4", "2", "1", "3");
            assertThat(MigratedDatabases.rows(connection, "select title from story order by sort_key_sv, id"))
                    .containsExactly("Akuten i natt", "Zebrafiskar", "Ödmjuk vård");
            assertThat(MigratedDatabases.rows(connection, "select title from story order by sort_key_en, id"))
                    .containsExactly("Akuten i natt", "Ödmjuk vård", "Zebrafiskar");
            assertThat(MigratedDatabases.rows(connection, "select id from policy_version order by sort_key_sv, id"))
                    .as("Swedish titles: Bemötande, Åtaganden, Ödmjukhet")
                    .containsExactly("32", "31", "33");
            assertThat(MigratedDatabases.rows(connection, "select id from policy_version order by sort_key_en, id"))
                    .as("English titles where there are: Attitude, Bemötande, Commitments")
                    .containsExactly("33", "32", "31");
            assertThat(MigratedDatabases.rows(connection, "select id from policy_version order by sort_key_da, id"))
                    .as("Danish readers see the Swedish titles: Bemötande, Ödmjukhet (ø), Åtaganden (å)")
                    .containsExactly("32", "33", "31");
            assertThat(MigratedDatabases.rows(connection, "select title from training_module order by sort_key_sv, id"))
                    .containsExactly("Zoom", "Ämnen att undvika");
            assertThat(MigratedDatabases.rows(connection, "select id from press_spokesperson order by sort_key_sv, id"))
                    .containsExactly("51", "52");
            assertThat(MigratedDatabases.rows(connection, "select id from press_spokesperson order by sort_key_en, id"))
                    .containsExactly("52", "51");
            for (String columns : new String[] {
                "person|first_name_key",
                "person|profession_key",
                "person|town_key",
                "story|sort_key",
                "policy_version|sort_key",
                "training_module|sort_key",
                "press_spokesperson|sort_key"
            }) {
                String[] table = columns.split("\\|");
                assertThat(MigratedDatabases.rows(
                                connection,
                                "select count(*) from " + table[0] + " where " + table[1] + "_sv is null or " + table[1]
                                        + "_en is null or " + table[1] + "_da is null"))
                        .as(columns)
                        .containsExactly("0");
            }
        }
    }
}
