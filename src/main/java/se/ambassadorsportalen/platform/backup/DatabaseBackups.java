package se.ambassadorsportalen.platform.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Online backups of the embedded H2 database into a folder, keeping the newest {@code keep}. Each
 * backup is H2's {@code SCRIPT TO ... COMPRESSION ZIP}: a zip holding one {@code script.sql} with the
 * settings, users, schema, sequences and every row, restored into a new database file with H2's
 * {@code RUNSCRIPT} ({@code src/main/scripts/restore-backup.sh}, the README's <em>Backups</em>).
 *
 * <p>The script is read in one SERIALIZABLE statement, which H2 2.3 reads like SNAPSHOT: before the
 * statement runs, its transaction takes the roots of every table's maps together with the set of
 * transactions being committed, and tries again until no commit began or ended meanwhile
 * ({@code SessionLocal.startStatementWithinTransaction}, {@code Transaction.markStatementStart}). So
 * the script holds exactly the transactions committed at one moment, across all tables, while writers
 * go on unpaused: SCRIPT's read locks wait only for DDL, and a LOB the snapshot still sees is not
 * removed before the snapshot ends ({@code LobStorageMap} frees LOBs behind the oldest version in use).
 * At READ COMMITTED it would read each table at its own moment and could split a transaction that
 * wrote two tables; {@code BackupRestoreTest} writes such transactions.
 *
 * <p>Not H2's {@code BACKUP TO}, which the portal used until 2026-12-02: it copies the database file,
 * and the newest version in that file is not one moment of the whole store. {@code
 * MVStore.collectChangedMapRoots} takes each map's root at its own moment while sessions go on
 * committing, and a commit changes several maps one after another (a table's rows and its indexes,
 * other tables, the undo log that {@code TransactionStore.commit} marks first and clears last). So a
 * version can hold one part of a transaction committed and another part missing or rolled back when
 * it is opened. {@code BackupRestoreTest} caught that once in CI. H2's MVStore maintainer describes
 * it in H2 issue 2080 (open): a consistent snapshot "is only ensured for a single map, not across all
 * of them". H2 pull request 4069 (open, not in 2.3.232) is about chunks a copy can miss while the
 * file is compacted, and would not change this. Nor does pausing writers help:
 * {@code SET EXCLUSIVE 1} stops sessions only at their next statement, not a commit already running,
 * and {@code CHECKPOINT} writes a version the same way.
 *
 * <p>Each backup is written under a {@code .part} name and renamed when complete, so the folder never
 * lists a backup that was cut off.
 */
public final class DatabaseBackups {

    static final String PREFIX = "portal-";
    static final String SUFFIX = ".zip";
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    /** One backup at a time in this JVM: the job and an admin's button may meet. */
    private static final Object LOCK = new Object();

    /** A backup file: its name, size and when it was written. */
    public record Backup(String name, long bytes, Instant written) {}

    private final DataSource dataSource;
    private final Path folder;
    private final int keep;
    private final Clock clock;

    public DatabaseBackups(DataSource dataSource, Path folder, int keep, Clock clock) {
        if (keep < 1) {
            throw new IllegalArgumentException("Keep at least one backup: " + keep);
        }
        this.dataSource = dataSource;
        this.folder = folder;
        this.keep = keep;
        this.clock = clock;
    }

    /** As the server configures it: the folder and the count kept, from the Liberty variables (see server.xml). */
    static DatabaseBackups configured(DataSource dataSource) {
        return new DatabaseBackups(
                dataSource,
                Path.of(setting("portal/backup/dir", "backups")),
                Math.max(1, Integer.parseInt(setting("portal/backup/keep", "7"))),
                Clock.system(se.ambassadorsportalen.platform.time.PortalTime.zone()));
    }

    /** A jndiEntry of server.xml; Liberty hands a number over as a number, so it is read as any object. */
    static String setting(String name, String fallback) {
        try {
            Object value = new javax.naming.InitialContext().lookup(name);
            return value == null ? fallback : String.valueOf(value).strip();
        } catch (javax.naming.NamingException e) {
            return fallback;
        }
    }

    /** Takes a backup now and then forgets the oldest beyond {@code keep}. */
    public Backup backup() throws SQLException {
        synchronized (LOCK) {
            try {
                Files.createDirectories(folder);
                String name = PREFIX + LocalDateTime.now(clock).format(NAME) + SUFFIX;
                Path target = folder.resolve(name);
                Path part = folder.resolve(name + ".part");
                script(part);
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
                prune();
                return describe(target);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write a backup into " + folder, e);
            }
        }
    }

    /** The whole database as one consistent script, see the class comment for why at SERIALIZABLE. */
    private void script(Path file) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            int isolation = connection.getTransactionIsolation();
            boolean autoCommit = connection.getAutoCommit();
            try {
                // A fresh transaction whose first statement is the script: that statement takes the snapshot.
                connection.setAutoCommit(true);
                connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
                try (Statement statement = connection.createStatement()) {
                    statement.execute(
                            "SCRIPT TO '" + file.toAbsolutePath().toString().replace("'", "''") + "' COMPRESSION ZIP");
                }
            } finally {
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /** The backups in the folder, newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(DatabaseBackups::isBackup)
                    .map(DatabaseBackups::describe)
                    .sorted(Comparator.comparing(Backup::name).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path folder() {
        return folder;
    }

    private void prune() throws IOException {
        List<Backup> all = list();
        for (Backup old : all.subList(Math.min(keep, all.size()), all.size())) {
            Files.deleteIfExists(folder.resolve(old.name()));
        }
    }

    private static boolean isBackup(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(PREFIX) && name.endsWith(SUFFIX) && Files.isRegularFile(file);
    }

    private static Backup describe(Path file) {
        try {
            return new Backup(
                    file.getFileName().toString(),
                    Files.size(file),
                    Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
