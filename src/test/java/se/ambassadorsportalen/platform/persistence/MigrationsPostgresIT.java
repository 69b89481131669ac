package se.ambassadorsportalen.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * Every migration runs on the PostgreSQL that {@code mvn verify} starts, and the shared and per-vendor
 * migrations build the same tables on PostgreSQL as on H2: the same columns, types (as each spells them),
 * lengths and nullability. Runs in a schema of its own in the scratch database, never the test server's.
 */
class MigrationsPostgresIT {

    private static final String SCHEMA = "migrations_check";
    /** The same type as H2 and PostgreSQL name it in their information schema. */
    private static final Map<String, String> SAME_TYPE = Map.of(
            "character large object",
            "text",
            "binary large object",
            "bytea",
            "binary varying",
            "bytea",
            "timestamp without time zone",
            "timestamp",
            "time without time zone",
            "time");

    @Test
    void migrationsBuildTheSameTablesOnPostgresqlAsOnH2() throws SQLException {
        assumeTrue("postgresql".equals(System.getProperty("portal.it.db")), "the integration tests run on PostgreSQL");
        migrateOnPostgresql(SCHEMA);
        String h2 = "jdbc:h2:mem:migrations-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(h2, "sa", "")
                .locations(DatabaseVendor.H2.migrationLocations())
                .javaMigrations(InstantColumns.all(PortalTime.DEFAULT_ZONE))
                .load()
                .migrate();

        TreeSet<String> onPostgresql;
        try (Connection connection = scratch()) {
            onPostgresql = columns(connection, SCHEMA);
        }
        TreeSet<String> onH2;
        try (Connection connection = DriverManager.getConnection(h2, "sa", "")) {
            onH2 = columns(connection, "PUBLIC");
        }

        assertThat(onPostgresql).hasSizeGreaterThan(300).isEqualTo(onH2);
    }

    /**
     * The first page of a list sorted by a sort key ({@code order by key, id} and a limit, as
     * {@link Queries#page} asks for it) is read from the key's index on PostgreSQL, forwards for an
     * ascending sort and backwards for a descending one, with no sort of the table: checked on
     * twenty thousand people with keys spread as real names spread them, in a schema of its own.
     */
    @Test
    void theFirstPageOfPeopleByNameIsReadFromTheSortKeyIndexOnPostgresql() throws SQLException {
        assumeTrue("postgresql".equals(System.getProperty("portal.it.db")), "the integration tests run on PostgreSQL");
        String schema = "sort_key_plans";
        try (Connection connection = scratch();
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        }
        migrateOnPostgresql(schema);
        try (Connection connection = scratch();
                Statement statement = connection.createStatement()) {
            statement.execute("set search_path to " + schema);
            statement.execute("insert into person (id, kind, first_name, last_name, sort_key_sv, sort_key_en,"
                    + " sort_key_da) select i, 'ELECTED_OFFICIAL', 'A', 'B', decode(md5(i::text), 'hex'),"
                    + " decode(md5(i::text), 'hex'), decode(md5(i::text), 'hex') from generate_series(1, 20000) i");
            statement.execute("analyze person");

            String ascending = plan(statement, "select * from person order by sort_key_da asc, id asc limit 20");
            String descending = plan(statement, "select * from person order by sort_key_sv desc, id desc limit 20");

            assertThat(ascending)
                    .contains("Index Scan using ix_person_sort_key_da")
                    .doesNotContain("Sort");
            assertThat(descending)
                    .contains("Index Scan Backward using ix_person_sort_key_sv")
                    .doesNotContain("Sort");
        } finally {
            try (Connection connection = scratch();
                    Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    /** The scratch database of the ITs' PostgreSQL, never the test server's. */
    private static Connection scratch() throws SQLException {
        return DriverManager.getConnection(
                System.getProperty("portal.it.db.scratch.url"),
                System.getProperty("portal.it.db.user"),
                System.getProperty("portal.it.db.password"));
    }

    /** Runs every migration into {@code schema} of the scratch database. */
    private static void migrateOnPostgresql(String schema) {
        Flyway.configure()
                .dataSource(
                        System.getProperty("portal.it.db.scratch.url"),
                        System.getProperty("portal.it.db.user"),
                        System.getProperty("portal.it.db.password"))
                .schemas(schema)
                .locations(DatabaseVendor.POSTGRESQL.migrationLocations())
                .javaMigrations(InstantColumns.all(PortalTime.DEFAULT_ZONE))
                .load()
                .migrate();
    }

    private static String plan(Statement statement, String query) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (ResultSet row = statement.executeQuery("explain " + query)) {
            while (row.next()) {
                plan.append(row.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    /** "table.column type(length) null|not null" of every column but Flyway's own table. */
    private static TreeSet<String> columns(Connection connection, String schema) throws SQLException {
        TreeSet<String> columns = new TreeSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "select table_name, column_name, data_type, character_maximum_length, is_nullable"
                                + " from information_schema.columns where table_schema = '" + schema + "'"
                                + " and lower(table_name) <> 'flyway_schema_history'")) {
            while (row.next()) {
                String type = row.getString(3).toLowerCase();
                type = SAME_TYPE.getOrDefault(type, type);
                String length = type.equals("character varying") ? "(" + row.getLong(4) + ")" : "";
                columns.add((row.getString(1) + "." + row.getString(2)).toLowerCase() + " " + type + length
                        + ("YES".equals(row.getString(5)) ? " null" : " not null"));
            }
        }
        return columns;
    }
}
