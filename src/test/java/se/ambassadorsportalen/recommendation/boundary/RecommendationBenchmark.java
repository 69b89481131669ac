package se.ambassadorsportalen.recommendation.boundary;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.persistence.DatabaseVendor;
import se.ambassadorsportalen.platform.persistence.InstantColumns;
import se.ambassadorsportalen.platform.time.PortalTime;
import se.ambassadorsportalen.recommendation.control.AnonymityRule;
import se.ambassadorsportalen.recommendation.control.AnswerFile;
import se.ambassadorsportalen.recommendation.control.AnswerScale;
import se.ambassadorsportalen.recommendation.control.UnitFigures;

/**
 * The performance targets, measured on an H2 file database migrated by the real Flyway
 * scripts and driven by the same parser, SQL and figure code the boundaries use:
 * <ul>
 * <li>importing a 100,000-row CSV (parse, check, sum, store) in under 10 s, and the same as an
 * Excel workbook;</li>
 * <li>the dashboard's figures (a round and its previous round over 500 units, plus the trend over
 * every round) with 1,000,000 answers in the round, in under 200 ms.</li>
 * </ul>
 * Not part of the normal build: {@code mvn test -Pbenchmark} runs it and prints the figures.
 */
class RecommendationBenchmark {

    private static final int ADMINISTRATIONS = 20;
    private static final int UNITS_PER_ADMINISTRATION = 24;
    private static final int ROWS_PER_FILE = 100_000;
    private static final String[] AGES = {"-29", "30–39", "40–49", "50–59", "60-"};
    private static final String[] PROFESSIONS = {
        "Sjuksköterska", "Undersköterska", "Läkare", "Tandläkare", "Administratör", "Kurator", "Fysioterapeut", "Chef"
    };

    private final Map<String, Long> unitIds = new HashMap<>();
    private final List<String> codes = new ArrayList<>();
    private long nextId = 1_000_000;
    private final List<Long> parseMillis = new ArrayList<>();
    private final List<Long> mergeMillis = new ArrayList<>();

    @Test
    void importAndDashboardFiguresMeetTheirTargets() throws Exception {
        Path folder = Path.of("target", "recommendation-benchmark");
        if (Files.exists(folder)) {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve("db");
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations(DatabaseVendor.H2.migrationLocations())
                .javaMigrations(InstantColumns.all(PortalTime.DEFAULT_ZONE))
                .load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            units(connection);
            Random random = new Random(42);

            long previous = round(connection, "Förra året", LocalDate.of(2024, 3, 1));
            long[] importMillis = new long[11];
            importMillis[0] = importFile(connection, previous, file(random, true));
            long round = round(connection, "I år", LocalDate.of(2025, 3, 1));
            for (int i = 1; i <= 10; i++) {
                importMillis[i] = importFile(connection, round, file(random, i == 1));
            }
            long answers = single(connection, "select sum(answers) from rec_unit_sum where round_id = " + round);

            long[] dashboard = new long[30];
            for (int i = 0; i < dashboard.length; i++) {
                long start = System.nanoTime();
                dashboardFigures(connection, round, previous);
                dashboard[i] = (System.nanoTime() - start) / 1_000_000;
            }

            // The same kind of file as an Excel workbook, into a round of its own (the figures above stay as they are).
            byte[] workbook = workbook(file(random, false));
            long excelRound = round(connection, "Excel", LocalDate.of(2025, 9, 1));
            long[] excelMillis = new long[3];
            for (int i = 0; i < excelMillis.length; i++) {
                excelMillis[i] = importFile(connection, excelRound, i == 0 ? workbook : workbook(file(random, false)));
            }

            System.out.printf(
                    "%n== Recommendation benchmark (H2 file database, %d units) ==%n",
                    ADMINISTRATIONS * (UNITS_PER_ADMINISTRATION + 1));
            System.out.printf(
                    "Import of %,d rows: %s ms (target < 10,000 ms); median %d ms%n",
                    ROWS_PER_FILE, Arrays.toString(importMillis), median(importMillis));
            System.out.printf(
                    "Import of %,d rows as .xlsx (%,d bytes): %s ms (target < 10,000 ms)%n",
                    ROWS_PER_FILE, workbook.length, Arrays.toString(excelMillis));
            System.out.printf("  of which parsing and checking (CSV files, then .xlsx): %s ms%n", parseMillis);
            System.out.printf("  of which adding to the unit sums: %s ms%n", mergeMillis);
            System.out.printf(
                    "Answers in the round: %,d; stored count rows: %,d%n",
                    answers, single(connection, "select count(*) from rec_answer_count"));
            System.out.printf(
                    "Dashboard figures (a round and its previous round over the tree, anonymity rule; the trend adds one round each): median %d ms,"
                            + " max of the last 20 %d ms (target < 200 ms)%n",
                    median(Arrays.copyOfRange(dashboard, 10, 30)),
                    Arrays.stream(dashboard, 10, 30).max().orElse(0));
        }
    }

    private void units(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into org_unit (id, version, code, name, kind, parent_id, headcount) values (?, 0, ?, ?, ?, ?, ?)")) {
            for (int a = 0; a < ADMINISTRATIONS; a++) {
                long adminId = nextId++;
                add(insert, adminId, "ADM" + a, "Förvaltning " + a, "ADMINISTRATION", null, null);
                for (int u = 0; u < UNITS_PER_ADMINISTRATION; u++) {
                    String code = "ADM" + a + "-E" + u;
                    add(insert, nextId++, code, "Enhet " + a + "." + u, "UNIT", adminId, 2500);
                    codes.add(code);
                }
            }
            insert.executeBatch();
        }
    }

    private void add(
            PreparedStatement insert, long id, String code, String name, String kind, Long parent, Integer headcount)
            throws SQLException {
        insert.setLong(1, id);
        insert.setString(2, code);
        insert.setString(3, name);
        insert.setString(4, kind);
        insert.setObject(5, parent);
        insert.setObject(6, headcount);
        insert.addBatch();
        unitIds.put(code, id);
    }

    private long round(Connection connection, String name, LocalDate heldOn) throws SQLException {
        long id = nextId++;
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into rec_survey_round (id, version, name, held_on, scale, recommends_from) values (?, 0, ?, ?, ?, 9)")) {
            insert.setLong(1, id);
            insert.setString(2, name);
            insert.setObject(3, heldOn);
            insert.setString(4, AnswerScale.ZERO_TO_TEN.name());
            insert.executeUpdate();
        }
        return id;
    }

    /** 100,000 answer rows; every 25th unit gets only a handful of answers (and only in the first file). */
    private byte[] file(Random random, boolean withSmallUnits) {
        StringBuilder csv = new StringBuilder(ROWS_PER_FILE * 40).append("enhet;svar;åldersgrupp;yrkesgrupp\n");
        int rows = 0;
        if (withSmallUnits) {
            for (int u = 0; u < codes.size(); u += 25) {
                for (int k = 0; k < u % 7; k++, rows++) {
                    csv.append(codes.get(u))
                            .append(';')
                            .append(random.nextInt(11))
                            .append(";30–39;Läkare\n");
                }
            }
        }
        while (rows < ROWS_PER_FILE) {
            int unit = random.nextInt(codes.size());
            if (unit % 25 == 0) {
                continue;
            }
            int answer = Math.min(10, (int) Math.round(6.5 + random.nextGaussian() * 2.5));
            csv.append(codes.get(unit))
                    .append(';')
                    .append(Math.max(0, answer))
                    .append(';')
                    .append(AGES[random.nextInt(AGES.length)])
                    .append(';')
                    .append(PROFESSIONS[random.nextInt(PROFESSIONS.length)])
                    .append('\n');
            rows++;
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The rows of a CSV file as the first sheet of a workbook, written as Excel would store them (numbers as numbers). */
    private static byte[] workbook(byte[] csv) throws java.io.IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Svar");
            int r = 0;
            for (String line : new String(csv, StandardCharsets.UTF_8).split("\n")) {
                Row row = sheet.createRow(r++);
                String[] cells = line.split(";", -1);
                for (int c = 0; c < cells.length; c++) {
                    if (r > 1 && c == 1) {
                        row.createCell(c).setCellValue(Integer.parseInt(cells[c]));
                    } else {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }

    /** What SurveyRounds#importAnswers does, with JDBC in place of JPA. */
    private long importFile(Connection connection, long round, byte[] bytes) throws SQLException {
        long start = System.nanoTime();
        connection.setAutoCommit(false);
        String sha = SurveyRounds.sha256(bytes);
        if (single(connection, "select count(*) from rec_survey_import where sha256 = '" + sha + "'") > 0) {
            throw new IllegalStateException("duplicate");
        }
        AnswerFile.Result result =
                AnswerFile.read(bytes, AnswerScale.ZERO_TO_TEN, 9, code -> Optional.ofNullable(unitIds.get(code)));
        if (!result.isValid()) {
            throw new IllegalStateException(result.problems().toString());
        }
        long parsed = System.nanoTime();
        parseMillis.add((parsed - start) / 1_000_000);
        long importId = nextId++;
        try (PreparedStatement insert = connection.prepareStatement("insert into rec_survey_import (id, version,"
                + " round_id, file_name, sha256, row_count, answer_count, recommender_count, imported_at, imported_by)"
                + " values (?, 0, ?, 'bench.csv', ?, ?, ?, ?, current_timestamp, 'bench')")) {
            insert.setLong(1, importId);
            insert.setLong(2, round);
            insert.setString(3, sha);
            insert.setLong(4, result.rows());
            insert.setLong(5, result.answers());
            insert.setLong(6, result.recommenders());
            insert.executeUpdate();
        }
        long mergeNanos = 0;
        for (AnswerCountSql.Insert statement : AnswerCountSql.statements(round, importId, result.counts())) {
            long one = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement(statement.sql())) {
                for (int i = 0; i < statement.parameters().size(); i++) {
                    insert.setObject(i + 1, statement.parameters().get(i));
                }
                insert.executeUpdate();
            }
            if (statement.sql().startsWith("merge")) {
                mergeNanos += System.nanoTime() - one;
            }
        }
        mergeMillis.add(mergeNanos / 1_000_000);
        connection.commit();
        connection.setAutoCommit(true);
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** What RecommendationRates#roundView and #trend compute for the dashboard. */
    private void dashboardFigures(Connection connection, long round, long previous) throws SQLException {
        List<UnitFigures.Node> tree = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select id, parent_id, code, name, headcount from org_unit")) {
            while (rows.next()) {
                tree.add(new UnitFigures.Node(
                        rows.getLong(1),
                        (Long) rows.getObject(2, Long.class),
                        rows.getString(3),
                        rows.getString(4),
                        (Integer) rows.getObject(5, Integer.class)));
            }
        }
        AnonymityRule rule = new AnonymityRule(AnonymityRule.DEFAULT_FLOOR);
        // every round's sums in one statement, as UnitSums reads them when its copy is empty
        Map<Long, Map<Long, UnitFigures.Counts>> sums = sumsByRound(connection);
        List<UnitFigures.Figure> now = UnitFigures.compute(tree, sums.getOrDefault(round, Map.of()), rule, true);
        List<UnitFigures.Figure> before = UnitFigures.compute(tree, sums.getOrDefault(previous, Map.of()), rule, true);
        if (now.size() != before.size() || now.get(0).answers() == null) {
            throw new IllegalStateException("unexpected figures");
        }
    }

    private static Map<Long, Map<Long, UnitFigures.Counts>> sumsByRound(Connection connection) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(AnswerCountSql.SUMS_BY_ROUND_AND_UNIT);
                ResultSet result = query.executeQuery()) {
            while (result.next()) {
                Object[] row = new Object[7];
                for (int column = 0; column < row.length; column++) {
                    row[column] = result.getObject(column + 1);
                }
                rows.add(row);
            }
        }
        return AnswerCountSql.countsByRound(rows);
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
