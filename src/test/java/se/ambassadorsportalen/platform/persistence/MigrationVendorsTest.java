package se.ambassadorsportalen.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

/**
 * The migrations' split into shared and per-vendor files keeps its promises: H2 databases made before the
 * split still validate, each vendor has every vendor-specific migration, and the shared ones use no SQL
 * that only one of the two databases accepts.
 */
class MigrationVendorsTest {

    private static final Path DB = Path.of("src/main/resources/db");

    /** Flyway's checksums of the migrations as H2 databases recorded them before PostgreSQL was supported. */
    private static final Map<String, Integer> RECORDED_ON_H2 = Map.ofEntries(
            Map.entry("1.1", 1694519828),
            Map.entry("1.2", 1733232274),
            Map.entry("10.1", -90038282),
            Map.entry("10.2", 106072863),
            Map.entry("20.1", 1037700413),
            Map.entry("30.1", -134873602),
            Map.entry("40.1", 2017685447),
            Map.entry("50.1", 152260476),
            Map.entry("60.1", -1531597246),
            Map.entry("60.2", 1309487778),
            Map.entry("70.1", 436064473),
            Map.entry("70.2", -1901404375));

    /** Types and functions one of H2 and PostgreSQL lacks or spells differently (comments left out). */
    private static final Pattern ONE_VENDOR_ONLY = Pattern.compile(
            "\\b(clob|blob|bytea|tinytext|longtext|serial|bigserial|auto_increment|identity)\\b|next\\s+value\\s+for|nextval\\s*\\(",
            Pattern.CASE_INSENSITIVE);

    @Test
    void h2DatabasesMadeBeforeTheVendorFoldersKeepTheirMigrationChecksums() {
        Flyway flyway = Flyway.configure()
                .dataSource("jdbc:h2:mem:vendors-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "")
                .locations(DatabaseVendor.H2.migrationLocations())
                .load();
        Map<String, Integer> checksums = new TreeMap<>();
        for (MigrationInfo migration : flyway.info().all()) {
            if (RECORDED_ON_H2.containsKey(migration.getVersion().toString())) {
                checksums.put(migration.getVersion().toString(), migration.getChecksum());
            }
        }

        assertThat(checksums).containsExactlyInAnyOrderEntriesOf(RECORDED_ON_H2);
    }

    @Test
    void everyVendorSpecificMigrationExistsForEachVendorUnderTheSameName() throws IOException {
        TreeSet<String> h2 = migrations(DB.resolve("vendor/h2"));

        assertThat(migrations(DB.resolve("vendor/postgresql"))).isEqualTo(h2);
        assertThat(h2).doesNotContainAnyElementsOf(migrations(DB.resolve("migration")));
    }

    @Test
    void sharedMigrationsUseOnlySqlBothDatabasesAccept() throws IOException {
        try (Stream<Path> files = Files.list(DB.resolve("migration"))) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".sql")).toList()) {
                String sql = Files.readAllLines(file).stream()
                        .map(line -> line.replaceAll("--.*", ""))
                        .collect(Collectors.joining("\n"));
                assertThat(ONE_VENDOR_ONLY.matcher(sql).find())
                        .as("%s uses SQL of one vendor only: move it to db/vendor/h2 and db/vendor/postgresql", file)
                        .isFalse();
            }
        }
    }

    private static TreeSet<String> migrations(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.matches("V.*\\.sql"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
