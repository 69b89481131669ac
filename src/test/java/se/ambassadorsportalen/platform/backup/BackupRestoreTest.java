package se.ambassadorsportalen.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ambassadorsportalen.platform.persistence.DatabaseVendor;
import se.ambassadorsportalen.platform.persistence.InstantColumns;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * The backup an admin can restore after a disk failure: taken with H2's {@code BACKUP TO} while
 * four writers commit into a file database that Flyway migrated (the server's own URL form, with
 * {@code WRITE_DELAY=0}), then the data folder is wiped and the backup put back with
 * {@code src/main/scripts/restore-backup.sh}. Every write acknowledged before the backup began must
 * be there, and every transaction there must be whole (each writes two rows).
 */
class BackupRestoreTest {

    private static final int WRITERS = 4;

    @TempDir
    Path temp;

    @Test
    void aBackupTakenUnderWriteLoadRestoresEveryWriteAcknowledgedBeforeItBeganAndOnlyWholeTransactions()
            throws Exception {
        Path data = temp.resolve("data");
        JdbcDataSource db = database(data);
        Flyway.configure(getClass().getClassLoader())
                .dataSource(db)
                .locations(DatabaseVendor.H2.migrationLocations())
                .javaMigrations(InstantColumns.all(PortalTime.DEFAULT_ZONE))
                .load()
                .migrate();
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicLong ids = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            writers.add(pool.submit(() -> write(db, ids, acknowledged, stop)));
        }
        waitUntil(() -> acknowledged.size() >= 300);

        Set<Long> acknowledgedBeforeBackup = new HashSet<>(acknowledged);
        DatabaseBackups backups = new DatabaseBackups(db, temp.resolve("backups"), 3, ticking());
        DatabaseBackups.Backup backup = backups.backup();
        int atBackupEnd = acknowledged.size();
        waitUntil(() -> acknowledged.size() >= atBackupEnd + 100); // the load went on after the backup, too
        stop.set(true);
        for (Future<?> writer : writers) {
            writer.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        long written = ids.get();
        try (Connection connection = db.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }

        deleteTree(data);
        assertThat(data).doesNotExist();
        Process restore = new ProcessBuilder(
                        "bash",
                        "src/main/scripts/restore-backup.sh",
                        backups.folder().resolve(backup.name()).toString(),
                        data.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(restore.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(restore.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(restore.exitValue()).as(output).isZero();

        Map<Long, Integer> rowsPerWrite = rowsPerWrite(database(data));
        assertThat(rowsPerWrite.keySet())
                .as("every write acknowledged before the backup began")
                .containsAll(acknowledgedBeforeBackup);
        assertThat(rowsPerWrite)
                .as("only whole transactions")
                .allSatisfy((id, rows) -> assertThat(rows).isEqualTo(2));
        assertThat(rowsPerWrite.keySet())
                .as("nothing that was never written")
                .allSatisfy(id -> assertThat(id).isLessThanOrEqualTo(written));
        assertThat(rowsPerWrite.size())
                .as("the writes after the backup are not in it")
                .isLessThan(acknowledged.size());
        Flyway.configure(getClass().getClassLoader())
                .dataSource(database(data))
                .locations(DatabaseVendor.H2.migrationLocations())
                .javaMigrations(InstantColumns.all(PortalTime.DEFAULT_ZONE))
                .load()
                .validate(); // the schema history came back whole too
    }

    @Test
    void onlyTheNewestBackupsAreKept() throws Exception {
        JdbcDataSource db = database(temp.resolve("data"));
        try (Connection connection = db.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create table t (id int)");
        }
        DatabaseBackups backups = new DatabaseBackups(db, temp.resolve("backups"), 2, ticking());

        DatabaseBackups.Backup first = backups.backup();
        DatabaseBackups.Backup second = backups.backup();
        DatabaseBackups.Backup third = backups.backup();

        assertThat(backups.list())
                .extracting(DatabaseBackups.Backup::name)
                .containsExactly(third.name(), second.name());
        assertThat(backups.folder().resolve(first.name())).doesNotExist();
        try (Stream<Path> files = Files.list(backups.folder())) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void theRestoreScriptRefusesAZipThatIsNotABackup() throws Exception {
        Path zip = temp.resolve("other.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("../../etc/evil"));
            out.write(1);
            out.closeEntry();
        }
        Path data = temp.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("portal.mv.db"), "current");

        Process restore = new ProcessBuilder(
                        "bash", "src/main/scripts/restore-backup.sh", zip.toString(), data.toString())
                .redirectErrorStream(true)
                .start();
        restore.getInputStream().readAllBytes();

        assertThat(restore.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(restore.exitValue()).isNotZero();
        assertThat(Files.readString(data.resolve("portal.mv.db"))).isEqualTo("current");
    }

    /** One writer: two rows per transaction, an id counted as acknowledged only once its commit returned. */
    private static Void write(JdbcDataSource db, AtomicLong ids, Set<Long> acknowledged, AtomicBoolean stop)
            throws SQLException {
        try (Connection connection = db.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into portal_setting (setting_key, setting_value) values (?, ?)")) {
            connection.setAutoCommit(false);
            while (!stop.get()) {
                long id = ids.incrementAndGet();
                for (String half : List.of("a", "b")) {
                    insert.setString(1, "load." + id + "." + half);
                    insert.setString(2, "x".repeat(200));
                    insert.executeUpdate();
                }
                connection.commit();
                acknowledged.add(id);
            }
        }
        return null;
    }

    private static Map<Long, Integer> rowsPerWrite(JdbcDataSource db) throws SQLException {
        Map<Long, Integer> rows = new HashMap<>();
        try (Connection connection = db.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "select setting_key from portal_setting where setting_key like 'load.%'")) {
            while (result.next()) {
                String[] parts = result.getString(1).split("\\.");
                rows.merge(Long.parseLong(parts[1]), 1, Integer::sum);
            }
        }
        return rows;
    }

    /** The server's URL form (liberty/server.xml): a file database with every commit written at once. */
    private static JdbcDataSource database(Path folder) {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:file:" + folder.toAbsolutePath().toString().replace('\\', '/') + "/portal;WRITE_DELAY=0");
        db.setUser("portal");
        db.setPassword("portal");
        return db;
    }

    /** A clock a second further on each call, so backups taken in one millisecond still get names of their own. */
    private static Clock ticking() {
        AtomicLong seconds =
                new AtomicLong(Instant.parse("2026-12-01T02:30:00Z").getEpochSecond());
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochSecond(seconds.getAndIncrement());
            }
        };
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        Awaitility.await("the writers' progress")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(5))
                .until(condition::getAsBoolean);
    }

    private static void deleteTree(Path folder) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
