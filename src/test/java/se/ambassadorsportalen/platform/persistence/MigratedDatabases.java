package se.ambassadorsportalen.platform.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import se.ambassadorsportalen.platform.time.PortalTime;

/** In-memory H2 databases migrated by the portal's own migrations, and their rows as text, for migration tests. */
final class MigratedDatabases {

    private MigratedDatabases() {}

    /** A new empty database of its own, kept while the test runs. */
    static JdbcDataSource empty(String name) {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return db;
    }

    /** What a test writes into a database between two migrations, one statement at a time. */
    @FunctionalInterface
    interface Rows {
        void write(Statement statement) throws SQLException;
    }

    /** A new database of its own at the newest version. */
    static JdbcDataSource latest(String name) {
        JdbcDataSource db = empty(name);
        migrate(db, "latest");
        return db;
    }

    /**
     * A new database migrated up to {@code version}, given {@code rows} as they were written then,
     * and migrated on to the newest version: for tests that a migration keeps the data before it.
     */
    static JdbcDataSource migratedOn(String name, String version, Rows rows) throws SQLException {
        JdbcDataSource db = empty(name);
        migrate(db, version);
        try (Connection connection = db.getConnection();
                Statement statement = connection.createStatement()) {
            rows.write(statement);
        }
        migrate(db, "latest");
        return db;
    }

    /** Migrates to {@code target} ("latest" or a version such as "50.1"). */
    static void migrate(JdbcDataSource db, String target) {
        Flyway.configure(MigratedDatabases.class.getClassLoader())
                .dataSource(db)
                .locations(DatabaseVendor.H2.migrationLocations())
                .javaMigrations(InstantColumns.all(PortalTime.DEFAULT_ZONE))
                .target(target)
                .load()
                .migrate();
    }

    /** Each row's columns joined by "|". */
    static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(result.getObject(i)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }
}
