package se.ambassadorsportalen.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Rows written before the sort keys (V97_1) get theirs from V97_2, and a plain ORDER BY on a key
 * column then gives the language's alphabet on H2 (PostgreSQL's bytea compares the same way, which
 * {@code ReaderLanguageIT} checks in the test server).
 */
class SortKeysMigrationTest {

    @Test
    void existingPeopleUnitsTopicsInquiriesAndMeetingsGetKeysThatSortInEachLanguagesAlphabet() throws Exception {
        JdbcDataSource db = MigratedDatabases.migratedOn("sort-keys", "93.1", statement -> {
            statement.execute("insert into org_unit (id, code, name, kind) values"
                    + " (1, 'O', 'Östra sjukhuset', 'ADMINISTRATION'), (2, 'A', 'Akuten', 'ADMINISTRATION'),"
                    + " (3, 'AE', 'Ängby vårdcentral', 'ADMINISTRATION'), (4, 'AA', 'Aabenraa klinik', 'ADMINISTRATION'),"
                    + " (5, 'Z', 'Zonterapi', 'ADMINISTRATION')");
            statement.execute("insert into person (id, kind, first_name, last_name) values"
                    + " (11, 'ELECTED_OFFICIAL', 'Zoe', 'Berg'), (12, 'ELECTED_OFFICIAL', 'Anna', 'Bergman'),"
                    + " (13, 'ELECTED_OFFICIAL', 'Eva', 'Åberg'), (14, 'ELECTED_OFFICIAL', 'Ole', 'Ørsted'),"
                    + " (15, 'ELECTED_OFFICIAL', 'Anna', 'Berg'), (16, 'ELECTED_OFFICIAL', 'Per', 'Ärlig')");
            statement.execute("insert into press_topic (id, code, name, area_code) values"
                    + " (21, 'o', 'Öppettider', 'X'), (22, 'v', 'Vård', 'X')");
            statement.execute(
                    "insert into press_inquiry (id, version, journalist, outlet, channel, question, political,"
                            + " complex, deadline, received_at, status, logged_by) values"
                            + " (31, 0, 'J', 'Östgöta Correspondenten', 'PHONE', 'Q', false, false, current_timestamp,"
                            + " current_timestamp, 'NEW', 'x'), (32, 0, 'J', null, 'PHONE', 'Q', false, false,"
                            + " current_timestamp, current_timestamp, 'NEW', 'x'), (33, 0, 'J', 'Aftonbladet', 'PHONE', 'Q',"
                            + " false, false, current_timestamp, current_timestamp, 'NEW', 'x')");
            statement.execute("insert into lobbying_meeting (id, meeting_date, our_people, counterparts, issue,"
                    + " org_position, status, recorded_by, recorded_at, updated_at, revision_count) values"
                    + " (41, current_date, 'Vi', 'De', 'Återvinning', 'P', 'PUBLISHED', 'x', current_timestamp,"
                    + " current_timestamp, 1), (42, current_date, 'Vi', 'De', 'Avfall', 'P', 'PUBLISHED', 'x',"
                    + " current_timestamp, current_timestamp, 1)");
        });

        try (Connection connection = db.getConnection()) {
            assertThat(MigratedDatabases.rows(connection, "select name from org_unit order by sort_key_sv, id"))
                    .containsExactly("Aabenraa klinik", "Akuten", "Zonterapi", "Ängby vårdcentral", "Östra sjukhuset");
            assertThat(MigratedDatabases.rows(connection, "select name from org_unit order by sort_key_da, id"))
                    .as("Danish: ä sorts as æ, ö as ø, and aa is å, all after z")
                    .containsExactly("Akuten", "Zonterapi", "Ängby vårdcentral", "Östra sjukhuset", "Aabenraa klinik");
            assertThat(MigratedDatabases.rows(connection, "select name from org_unit order by sort_key_en, id"))
                    .containsExactly("Aabenraa klinik", "Akuten", "Ängby vårdcentral", "Östra sjukhuset", "Zonterapi");
            assertThat(MigratedDatabases.rows(
                            connection, "select last_name, first_name from person order by sort_key_sv, id"))
                    .as("last name first, then first name")
                    .containsExactly("Berg|Anna", "Berg|Zoe", "Bergman|Anna", "Åberg|Eva", "Ärlig|Per", "Ørsted|Ole");
            assertThat(MigratedDatabases.rows(connection, "select last_name from person order by sort_key_da desc, id"))
                    .containsExactly("Åberg", "Ørsted", "Ärlig", "Bergman", "Berg", "Berg");
            assertThat(MigratedDatabases.rows(connection, "select name from press_topic order by sort_key_sv, id"))
                    .containsExactly("Vård", "Öppettider");
            assertThat(MigratedDatabases.rows(connection, "select id from press_inquiry order by sort_key_sv, id"))
                    .as("an inquiry without an outlet sorts first, as an empty name")
                    .containsExactly("32", "33", "31");
            assertThat(MigratedDatabases.rows(
                            connection, "select issue from lobbying_meeting order by sort_key_sv, id"))
                    .containsExactly("Avfall", "Återvinning");
            for (String table :
                    new String[] {"org_unit", "person", "press_topic", "press_inquiry", "lobbying_meeting"}) {
                assertThat(MigratedDatabases.rows(
                                connection,
                                "select count(*) from " + table
                                        + " where sort_key_sv is null or sort_key_en is null or sort_key_da is null"))
                        .as(table)
                        .containsExactly("0");
            }
        }
    }

    @Test
    void h2ComparesBinaryColumnsAsUnsignedBytesAsPostgresqlDoes() throws Exception {
        JdbcDataSource db = MigratedDatabases.empty("unsigned");
        try (Connection connection = db.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create table k (n integer, key_bytes varbinary(4))");
            statement.execute("insert into k values (1, X'80'), (2, X'7F'), (3, X'7F00'), (4, X'FF')");

            assertThat(MigratedDatabases.rows(connection, "select n from k order by key_bytes"))
                    .containsExactly("2", "3", "1", "4");
        }
    }
}
