package se.ambassadorsportalen.recommendation.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.ambassadorsportalen.recommendation.control.AnswerFile;
import se.ambassadorsportalen.recommendation.control.UnitFigures;

/**
 * The SQL over the answer counts, in one place so that the boundaries (through JPA native queries)
 * and the benchmark (through plain JDBC) run exactly the same statements. Figures are summed by
 * the database per unit; nothing loads answers.
 */
public final class AnswerCountSql {

    /** Rows per multi-row insert: few round trips, well under the parameter limits. */
    static final int ROWS_PER_INSERT = 250;

    /** The unit sums of every round at once, for the trend over rounds: the round's id first. */
    static final String SUMS_BY_ROUND_AND_UNIT =
            "select round_id, unit_id, answers, recommenders, promoters, detractors," + " valued from rec_unit_sum";

    /** Sums per value of a grouping column (a column name from {@link RecommendationRates.Grouping}, never input). */
    static String sumsByGroup(String column) {
        return "select " + column + ", sum(answers), sum(recommenders) from rec_answer_count where round_id = ?"
                + " group by " + column;
    }

    /** Adds one unit's sums of an import to the round's running sums. */
    static final String ADD_TO_UNIT_SUM = "merge into rec_unit_sum t using (select cast(? as bigint) round_id,"
            + " cast(? as bigint) unit_id, cast(? as bigint) answers, cast(? as bigint) recommenders,"
            + " cast(? as bigint) promoters, cast(? as bigint) detractors, cast(? as bigint) valued) s"
            + " on t.round_id = s.round_id and t.unit_id = s.unit_id"
            + " when matched then update set answers = t.answers + s.answers,"
            + " recommenders = t.recommenders + s.recommenders, promoters = t.promoters + s.promoters,"
            + " detractors = t.detractors + s.detractors, valued = t.valued + s.valued"
            + " when not matched then insert (round_id, unit_id, answers, recommenders, promoters, detractors, valued)"
            + " values (s.round_id, s.unit_id, s.answers, s.recommenders, s.promoters, s.detractors, s.valued)";

    private static final String INSERT_HEAD = "insert into rec_answer_count (round_id, import_id, unit_id, age_band,"
            + " profession_group, answers, recommenders, promoters, detractors, valued) values ";

    private AnswerCountSql() {}

    /** A multi-row insert and its parameters, one statement per {@link #ROWS_PER_INSERT} counts. */
    public record Insert(String sql, List<Object> parameters) {}

    /** Every statement an import runs: the detailed counts, then each unit's sums. */
    public static List<Insert> statements(long roundId, long importId, Map<AnswerFile.Key, AnswerFile.Tally> counts) {
        List<Insert> statements = inserts(roundId, importId, counts);
        Map<Long, long[]> sums = new java.util.TreeMap<>();
        for (Map.Entry<AnswerFile.Key, AnswerFile.Tally> entry : counts.entrySet()) {
            long[] sum = sums.computeIfAbsent(entry.getKey().unitId(), k -> new long[5]);
            AnswerFile.Tally tally = entry.getValue();
            sum[0] += tally.answers();
            sum[1] += tally.recommenders();
            sum[2] += tally.promoters();
            sum[3] += tally.detractors();
            sum[4] += tally.valued();
        }
        for (Map.Entry<Long, long[]> sum : sums.entrySet()) {
            long[] s = sum.getValue();
            statements.add(new Insert(ADD_TO_UNIT_SUM, List.of(roundId, sum.getKey(), s[0], s[1], s[2], s[3], s[4])));
        }
        return statements;
    }

    static List<Insert> inserts(long roundId, long importId, Map<AnswerFile.Key, AnswerFile.Tally> counts) {
        List<Insert> inserts = new ArrayList<>();
        List<Map.Entry<AnswerFile.Key, AnswerFile.Tally>> entries = new ArrayList<>(counts.entrySet());
        for (int start = 0; start < entries.size(); start += ROWS_PER_INSERT) {
            int end = Math.min(entries.size(), start + ROWS_PER_INSERT);
            StringBuilder sql = new StringBuilder(INSERT_HEAD);
            List<Object> parameters = new ArrayList<>((end - start) * 10);
            for (int i = start; i < end; i++) {
                AnswerFile.Key key = entries.get(i).getKey();
                AnswerFile.Tally tally = entries.get(i).getValue();
                sql.append(i == start ? "" : ", ")
                        .append("(?, ?, ?, cast(? as varchar(60)), cast(? as varchar(60)), ?, ?, ?, ?, ?)");
                parameters.add(roundId);
                parameters.add(importId);
                parameters.add(key.unitId());
                parameters.add(key.ageBand());
                parameters.add(key.profession());
                parameters.add(tally.answers());
                parameters.add(tally.recommenders());
                parameters.add(tally.promoters());
                parameters.add(tally.detractors());
                parameters.add(tally.valued());
            }
            inserts.add(new Insert(sql.toString(), parameters));
        }
        return inserts;
    }

    /** Stores counts and unit sums through JPA native queries, inside the caller's transaction. */
    public static void store(
            jakarta.persistence.EntityManager em,
            long roundId,
            long importId,
            Map<AnswerFile.Key, AnswerFile.Tally> counts) {
        for (Insert insert : statements(roundId, importId, counts)) {
            jakarta.persistence.Query query = em.createNativeQuery(insert.sql());
            for (int i = 0; i < insert.parameters().size(); i++) {
                query.setParameter(i + 1, insert.parameters().get(i));
            }
            query.executeUpdate();
        }
    }

    /** Rows of {@link #SUMS_BY_ROUND_AND_UNIT} as counts per unit, per round id. */
    static Map<Long, Map<Long, UnitFigures.Counts>> countsByRound(List<Object[]> rows) {
        Map<Long, List<Object[]>> byRound = new java.util.HashMap<>();
        for (Object[] row : rows) {
            byRound.computeIfAbsent(((Number) row[0]).longValue(), round -> new ArrayList<>())
                    .add(java.util.Arrays.copyOfRange(row, 1, row.length));
        }
        Map<Long, Map<Long, UnitFigures.Counts>> counts = new java.util.HashMap<>();
        byRound.forEach((round, unitRows) -> counts.put(round, counts(unitRows)));
        return counts;
    }

    /** Rows of unit id and its five sums: unit id → counts. */
    private static Map<Long, UnitFigures.Counts> counts(List<Object[]> rows) {
        Map<Long, UnitFigures.Counts> counts = new java.util.HashMap<>();
        for (Object[] row : rows) {
            counts.put(
                    ((Number) row[0]).longValue(),
                    new UnitFigures.Counts(
                            number(row[1]), number(row[2]), number(row[3]), number(row[4]), number(row[5])));
        }
        return counts;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
