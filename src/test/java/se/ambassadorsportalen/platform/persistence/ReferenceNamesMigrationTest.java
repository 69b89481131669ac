package se.ambassadorsportalen.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Material types and channels move from a column per language to a name per language code
 * (V91_1): a database written before keeps every name in its language, the reference data's rows
 * that nobody renamed get their Danish names, and a renamed one gets no translation of its old name.
 */
class ReferenceNamesMigrationTest {

    private static String names(Connection connection, String table, String code) throws Exception {
        String owner = table.equals("channel") ? "channel_id" : "material_type_id";
        return String.join(
                ",",
                MigratedDatabases.rows(
                        connection,
                        "select n.lang, n.name from " + table + " r join " + table + "_name n on n." + owner
                                + " = r.id where r.code = '" + code + "' order by n.lang"));
    }

    @Test
    void namesWrittenBeforeTheMoveKeepTheirLanguageAndUntouchedReferenceDataGetsDanish() throws Exception {
        JdbcDataSource db = MigratedDatabases.empty("reference-names");
        MigratedDatabases.migrate(db, "88.1");
        try (Connection connection = db.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("insert into material_type (id, code, name_sv, name_en, sort_order)"
                    + " values (1001, 'PODCAST', 'Poddavsnitt', 'Podcast episode', 8)");
            statement.execute("update material_type set name_sv = 'Stolta stunder' where code = 'BRAG'");
            statement.execute("insert into channel (id, code, name, sort_order) values (1002, 'TIKTOK', 'TikTok', 6)");
            statement.execute("update channel set name = 'Vår webb' where code = 'WEB'");
            statement.execute("insert into channel_rating (id, channel_id, material_type_id, rating)"
                    + " values (1003, 1002, 1001, 'RED')");
        }

        MigratedDatabases.migrate(db, "latest");

        try (Connection connection = db.getConnection()) {
            assertThat(names(connection, "material_type", "PODCAST")).isEqualTo("en|Podcast episode,sv|Poddavsnitt");
            assertThat(names(connection, "material_type", "BRAG"))
                    .as("renamed: no Danish for the old name")
                    .isEqualTo("en|Brag,sv|Stolta stunder");
            assertThat(names(connection, "material_type", "TIPS"))
                    .isEqualTo("da|Tips og råd,en|Tips & advice,sv|Tips & råd");
            assertThat(names(connection, "material_type", "STAFF_PORTRAIT"))
                    .isEqualTo("da|Medarbejderportræt,en|Staff portrait,sv|Personporträtt");
            assertThat(names(connection, "channel", "TIKTOK")).isEqualTo("sv|TikTok");
            assertThat(names(connection, "channel", "WEB")).isEqualTo("sv|Vår webb");
            assertThat(names(connection, "channel", "INTRANET")).isEqualTo("da|Intranettet,en|Intranet,sv|Intranätet");
            assertThat(MigratedDatabases.rows(
                            connection,
                            "select rating from channel_rating where channel_id = 1002 and material_type_id = 1001"))
                    .containsExactly("RED");
            assertThat(
                            MigratedDatabases.rows(
                                    connection,
                                    "select count(*) from information_schema.columns where lower(table_name) in"
                                            + " ('material_type', 'channel') and lower(column_name) in ('name_sv', 'name_en', 'name')"))
                    .as("one place for the names: the old columns are gone")
                    .containsExactly("0");
        }
    }

    @Test
    void anEmptyDatabaseNamesEveryChannelAndMaterialTypeInSwedishEnglishAndDanish() throws Exception {
        JdbcDataSource db = MigratedDatabases.empty("reference-names-empty");
        MigratedDatabases.migrate(db, "latest");
        try (Connection connection = db.getConnection()) {
            for (String table : new String[] {"channel", "material_type"}) {
                String owner = table.equals("channel") ? "channel_id" : "material_type_id";
                assertThat(MigratedDatabases.rows(
                                connection,
                                "select r.code from " + table + " r where (select count(*) from " + table
                                        + "_name n where n." + owner + " = r.id) <> 3"))
                        .as(table)
                        .isEmpty();
            }
            assertThat(names(connection, "channel", "WEB")).isEqualTo("da|Hjemmesiden,en|Website,sv|Webbplatsen");
        }
    }
}
