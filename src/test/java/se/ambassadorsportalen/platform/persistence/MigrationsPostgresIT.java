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
        String url = System.getProperty("portal.it.db.scratch.url");
        String user = System.getProperty("portal.it.db.user");
        String password = System.getProperty("portal.it.db.password");
        Flyway.configure()
                .dataSource(url, user, password)
                .schemas(SCHEMA)
                .locations(DatabaseVendor.POSTGRESQL.migrationLocations())
                .javaMigrations(InstantColumns.all(PortalTime.DEFAULT_ZONE))
                .load()
                .migrate();
        String h2 = "jdbc:h2:mem:migrations-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(h2, "sa", "")
                .locations(DatabaseVendor.H2.migrationLocations())
                .javaMigrations(InstantColumns.all(PortalTime.DEFAULT_ZONE))
                .load()
                .migrate();

        TreeSet<String> onPostgresql;
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            onPostgresql = columns(connection, SCHEMA);
        }
        TreeSet<String> onH2;
        try (Connection connection = DriverManager.getConnection(h2, "sa", "")) {
            onH2 = columns(connection, "PUBLIC");
        }

        assertThat(onPostgresql).hasSizeGreaterThan(300).isEqualTo(onH2);
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
