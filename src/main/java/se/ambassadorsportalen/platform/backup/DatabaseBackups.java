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
 * Online backups of the embedded H2 database into a folder, keeping the newest {@code keep}.
 * H2's {@code BACKUP TO} copies the database file as of one moment while the portal goes on
 * reading and writing (a consistent snapshot of the MVStore, not a file copy that could catch a
 * page half-written). Each backup is written under a {@code .part} name and renamed when complete,
 * so the folder never lists a backup that was cut off. Restoring is
 * {@code src/main/scripts/restore-backup.sh} (the README's <em>Backups</em>).
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
                try (Connection connection = dataSource.getConnection();
                        Statement statement = connection.createStatement()) {
                    statement.execute(
                            "BACKUP TO '" + part.toAbsolutePath().toString().replace("'", "''") + "'");
                }
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
                prune();
                return describe(target);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write a backup into " + folder, e);
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
