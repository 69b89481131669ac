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
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ambassadorsportalen.platform.persistence.DatabaseVendor;
import se.ambassadorsportalen.platform.persistence.InstantColumns;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * The backup an admin can restore after a disk failure, taken while four writers commit into a file
 * database that Flyway migrated (the server's own URL form, with {@code WRITE_DELAY=0}). Each
 * transaction writes two tables, a setting and a row with a photo (a LOB longer than SCRIPT writes
 * inline), so a backup that read the tables at different moments shows a transaction in part, and so
 * does a copy of the database file that caught a commit half-way (why {@link DatabaseBackups} does not
 * use H2's {@code BACKUP TO}). Three backups are taken while the load runs; each must hold every write
 * acknowledged before it began and only whole transactions: the first two loaded into memory with
 * {@code RUNSCRIPT}, the last put back with {@code src/main/scripts/restore-backup.sh} into the wiped
 * data folder.
 */
class BackupRestoreTest {

    private static final int WRITERS = 4;
    private static final int BACKUPS = 3;
    private static final int PHOTO_BYTES = 6_000;

    @TempDir
    Path temp;

    @Test
    void backupsTakenUnderWriteLoadHoldEveryWriteAcknowledgedBeforeTheyBeganAndOnlyWholeTransactions()
            throws Exception {
        Path data = temp.resolve("data");
        JdbcDataSource db = database(data);
        migration(db).load().migrate();
        try (Connection connection = db.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create table load_photo (id bigint primary key, photo blob not null)");
        }
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicLong ids = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            writers.add(pool.submit(() -> write(db, ids, acknowledged, stop)));
        }
        waitUntil(() -> acknowledged.size() >= 200);

        DatabaseBackups backups = new DatabaseBackups(db, temp.resolve("backups"), BACKUPS, ticking());
        Map<DatabaseBackups.Backup, Set<Long>> acknowledgedBefore = new LinkedHashMap<>();
        for (int i = 0; i < BACKUPS; i++) {
            Set<Long> before = new HashSet<>(acknowledged);
            acknowledgedBefore.put(backups.backup(), before);
            int atBackupEnd = acknowledged.size();
            waitUntil(() -> acknowledged.size() >= atBackupEnd + 50); // the load goes on between and after
        }
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

        List<DatabaseBackups.Backup> taken = List.copyOf(acknowledgedBefore.keySet());
        for (int i = 0; i < BACKUPS - 1; i++) { // the last one through the restore script below
            JdbcDataSource copy = new JdbcDataSource();
            copy.setURL("jdbc:h2:mem:backup-check-" + i);
            copy.setUser("portal");
            copy.setPassword("portal");
            try (Connection connection = copy.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("RUNSCRIPT FROM '"
                        + backups.folder().resolve(taken.get(i).name()) + "' COMPRESSION ZIP");
                assertHolds(
                        partsPerWrite(connection), acknowledgedBefore.get(taken.get(i)), written, acknowledged.size());
            }
        }

        DatabaseBackups.Backup last = taken.get(BACKUPS - 1);
        deleteTree(data);
        assertThat(data).doesNotExist();
        assertThat(restore(backups.folder().resolve(last.name()), data)).contains("Restored");

        try (Connection connection = database(data).getConnection()) {
            assertHolds(partsPerWrite(connection), acknowledgedBefore.get(last), written, acknowledged.size());
        }
        migration(database(data)).load().validate(); // the schema history came back whole too
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

        Process restore = restoreProcess(zip, data);
        restore.getInputStream().readAllBytes();

        assertThat(restore.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(restore.exitValue()).isNotZero();
        assertThat(Files.readString(data.resolve("portal.mv.db"))).isEqualTo("current");
    }

    @Test
    void aBackupFromBeforeTheScriptsStillRestoresAndTheCurrentDatabaseIsKeptBesideIt() throws Exception {
        Path data = temp.resolve("data");
        Path backup = temp.resolve("portal-20261201-023000-000.zip");
        try (Connection connection = database(data).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create table t (id int)");
            statement.execute("insert into t values (7)");
            statement.execute("BACKUP TO '" + backup + "'"); // how the portal backed up until 2026-12-02
            statement.execute("insert into t values (8)");
            statement.execute("SHUTDOWN");
        }

        restore(backup, data);

        try (Connection connection = database(data).getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select id from t")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getInt(1)).isEqualTo(7);
            assertThat(result.next()).isFalse();
        }
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList())
                    .anyMatch(name -> name.startsWith("portal.mv.db.before-restore-"))
                    .noneMatch(name -> name.startsWith(".restore-"));
        }
    }

    private static void assertHolds(
            Map<Long, Integer> partsPerWrite, Set<Long> acknowledgedBefore, long written, int acknowledgedAtEnd) {
        assertThat(partsPerWrite.keySet())
                .as("every write acknowledged before the backup began")
                .containsAll(acknowledgedBefore);
        assertThat(partsPerWrite)
                .as("only whole transactions (a setting and its photo)")
                .allSatisfy((id, parts) -> assertThat(parts).as("write " + id).isEqualTo(2));
        assertThat(partsPerWrite.keySet())
                .as("nothing that was never written")
                .allSatisfy(id -> assertThat(id).isLessThanOrEqualTo(written));
        assertThat(partsPerWrite.size())
                .as("the writes after the backup are not in it")
                .isLessThan(acknowledgedAtEnd);
    }

    /** Runs restore-backup.sh as an admin would, with this JVM's java and H2 jar; returns its output. */
    private static String restore(Path backup, Path data) throws Exception {
        Process restore = restoreProcess(backup, data);
        String output = new String(restore.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(restore.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(restore.exitValue()).as(output).isZero();
        return output;
    }

    private static Process restoreProcess(Path backup, Path data) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                        "bash", "src/main/scripts/restore-backup.sh", backup.toString(), data.toString())
                .redirectErrorStream(true);
        Path h2 = Path.of(org.h2.Driver.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("H2_JAR", h2.toString());
        builder.environment().put("PORTAL_DB_USER", "portal");
        builder.environment().put("PORTAL_DB_PASSWORD", "portal");
        return builder.start();
    }

    /** One writer: a setting and a photo per transaction, an id acknowledged only once its commit returned. */
    private static Void write(JdbcDataSource db, AtomicLong ids, Set<Long> acknowledged, AtomicBoolean stop)
            throws SQLException {
        try (Connection connection = db.getConnection();
                PreparedStatement setting = connection.prepareStatement(
                        "insert into portal_setting (setting_key, setting_value) values (?, ?)");
                PreparedStatement photo =
                        connection.prepareStatement("insert into load_photo (id, photo) values (?, ?)")) {
            connection.setAutoCommit(false);
            while (!stop.get()) {
                long id = ids.incrementAndGet();
                setting.setString(1, "load." + id);
                setting.setString(2, "x".repeat(200));
                setting.executeUpdate();
                photo.setLong(1, id);
                photo.setBytes(2, photo(id));
                photo.executeUpdate();
                connection.commit();
                acknowledged.add(id);
            }
        }
        return null;
    }

    /** A photo that says whose it is: the id's digits, repeated. */
    private static byte[] photo(long id) {
        byte[] label = Long.toString(id).getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[PHOTO_BYTES];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = label[i % label.length];
        }
        return bytes;
    }

    /** For each write found, how many of its two parts are there: its setting, and its photo whole. */
    private static Map<Long, Integer> partsPerWrite(Connection connection) throws SQLException {
        Map<Long, Integer> parts = new HashMap<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet result =
                    statement.executeQuery("select setting_key from portal_setting where setting_key like 'load.%'")) {
                while (result.next()) {
                    parts.merge(Long.parseLong(result.getString(1).substring("load.".length())), 1, Integer::sum);
                }
            }
            try (ResultSet result = statement.executeQuery("select id, photo from load_photo")) {
                while (result.next()) {
                    long id = result.getLong(1);
                    if (Arrays.equals(result.getBytes(2), photo(id))) {
                        parts.merge(id, 1, Integer::sum);
                    }
                }
            }
        }
        return parts;
    }

    private static FluentConfiguration migration(JdbcDataSource db) {
        return Flyway.configure(BackupRestoreTest.class.getClassLoader())
                .dataSource(db)
                .locations(DatabaseVendor.H2.migrationLocations())
                .javaMigrations(InstantColumns.all(PortalTime.DEFAULT_ZONE));
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
