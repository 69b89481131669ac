package se.ambassadorsportalen.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneId;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * The migration of wall-clock columns to instants on the PostgreSQL that {@code mvn verify}
 * starts, in a schema of its own in the scratch database: the same rows as on H2
 * ({@code InstantColumnsTest}), with the session's zone set to one that is neither UTC nor the
 * portal's, which must play no part.
 */
class InstantColumnsPostgresIT {

    private static final String SCHEMA = "instant_columns_check";
    private static final String TABLES = "instant_tables_check";

    /** What a test finds in the migrated tables. */
    @FunctionalInterface
    private interface Check {
        void assertMoments(Connection connection) throws SQLException;
    }

    /**
     * The portal's own tables: a database at V93_1 with Stockholm wall-clock rows is migrated on by
     * Flyway as the portal does at start-up, on PostgreSQL.
     */
    @Test
    void storyAndPressRowsWrittenBeforeTheMigrationKeepTheirMomentsOnPostgresql() throws SQLException {
        migratedOn("93.1", TimesAsInstantsMigrationTest::writeRows, TimesAsInstantsMigrationTest::assertMoments);
    }

    /** The same for the API tokens, the outbox, the job leases (keyed by job and period), HR imports and demo seeds. */
    @Test
    void tokenOutboxLeaseImportAndSeedRowsWrittenBeforeTheMigrationKeepTheirMomentsOnPostgresql() throws SQLException {
        migratedOn(
                PlatformTimesAsInstantsMigrationTest.BEFORE,
                PlatformTimesAsInstantsMigrationTest::writeRows,
                PlatformTimesAsInstantsMigrationTest::assertMoments);
    }

    /** The same for the ambassador programme, the channel follow-up and the recommendation imports. */
    @Test
    void programmeFollowUpAndRecommendationRowsWrittenBeforeTheMigrationKeepTheirMomentsOnPostgresql()
            throws SQLException {
        migratedOn("93.1", InstantColumnsTest::writeProgrammeRows, InstantColumnsTest::assertProgrammeMoments);
    }

    private static void migratedOn(String before, MigratedDatabases.Rows rows, Check check) throws SQLException {
        assumeTrue("postgresql".equals(System.getProperty("portal.it.db")), "the integration tests run on PostgreSQL");
        String url = System.getProperty("portal.it.db.scratch.url");
        String user = System.getProperty("portal.it.db.user");
        String password = System.getProperty("portal.it.db.password");
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + TABLES + " cascade");
        }
        migrate(url, user, password, before);
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("set search_path to " + TABLES);
            rows.write(statement);
        }
        migrate(url, user, password, "latest");
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("set search_path to " + TABLES);
            check.assertMoments(connection);
            statement.execute("drop schema " + TABLES + " cascade");
        }
    }

    private static void migrate(String url, String user, String password, String target) {
        Flyway.configure()
                .dataSource(url, user, password)
                .schemas(TABLES)
                .locations(DatabaseVendor.POSTGRESQL.migrationLocations())
                .javaMigrations(InstantColumns.all(PortalTime.DEFAULT_ZONE))
                .target(target)
                .load()
                .migrate();
    }

    @Test
    void wallClockTimesAroundBothSummerTimeChangesBecomeTheInstantsPortalTimeNamesOnPostgresql() throws SQLException {
        assumeTrue("postgresql".equals(System.getProperty("portal.it.db")), "the integration tests run on PostgreSQL");
        int extra = 50_000;
        try (Connection connection = DriverManager.getConnection(
                System.getProperty("portal.it.db.scratch.url"),
                System.getProperty("portal.it.db.user"),
                System.getProperty("portal.it.db.password"))) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + SCHEMA + " cascade");
                statement.execute("create schema " + SCHEMA);
                statement.execute("set search_path to " + SCHEMA);
                statement.execute("set time zone 'Asia/Tokyo'");
            }
            InstantColumnsCheck.createTable(connection);
            InstantColumnsCheck.writeRows(connection, extra);
            connection.setAutoCommit(false);

            long started = System.nanoTime();
            InstantColumnsCheck.migration(ZoneId.of("Europe/Stockholm")).convert(connection);
            connection.commit();
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            try (Statement statement = connection.createStatement();
                    ResultSet zone = statement.executeQuery("select current_setting('TimeZone')")) {
                zone.next();
                assertThat(zone.getString(1))
                        .as("the pooled session gets its zone back")
                        .isEqualTo("Asia/Tokyo");
            }
            InstantColumnsCheck.assertStockholmRows(connection);
            InstantColumnsCheck.assertExtraRows(connection, extra, ZoneId.of("Europe/Stockholm"));
            assertThat(InstantColumnsCheck.column(connection, SCHEMA, "seen_at"))
                    .isEqualTo("timestamp with time zone NO");
            assertThat(InstantColumnsCheck.column(connection, SCHEMA, "maybe_at"))
                    .isEqualTo("timestamp with time zone YES");
            assertThat(took)
                    .as("50,000 rows in JDBC batches, as many as the large demo's inquiries")
                    .isLessThan(Duration.ofSeconds(60));
            System.out.println("InstantColumns converted " + (extra + 18) + " rows of two columns on PostgreSQL in "
                    + took.toMillis() + " ms");
            try (Statement statement = connection.createStatement()) {
                statement.execute("drop schema " + SCHEMA + " cascade");
            }
            connection.commit();
        }
    }
}
