package se.ambassadorsportalen.recommendation.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.ambassadorsportalen.recommendation.control.AnswerFile;
import se.ambassadorsportalen.recommendation.control.Enps;
import se.ambassadorsportalen.recommendation.control.UnitFigures;

/**
 * The SQL over the answer counts, in one place so that the boundaries (through JPA native queries)
 * and the benchmark (through plain JDBC) run exactly the same statements. Figures are summed by
 * the database per unit; nothing loads answers.
 */
final class AnswerCountSql {

    /** Rows per multi-row insert: few round trips, well under the parameter limits. */
    static final int ROWS_PER_INSERT = 250;

    static final String SUMS_BY_UNIT = "select unit_id, sum(answers), sum(recommenders),"
            + " sum(case when answer_value >= " + Enps.PROMOTER_FROM + " then answers else 0 end),"
            + " sum(case when answer_value <= " + Enps.DETRACTOR_UP_TO + " then answers else 0 end)"
            + " from rec_answer_count where round_id = ? group by unit_id";

    private static final String INSERT_HEAD = "insert into rec_answer_count (round_id, import_id, unit_id, age_band,"
            + " profession_group, answer_value, answers, recommenders) values ";

    private AnswerCountSql() {
    }

    /** A multi-row insert and its parameters, one statement per {@link #ROWS_PER_INSERT} counts. */
    record Insert(String sql, List<Object> parameters) {
    }

    static List<Insert> inserts(long roundId, long importId, Map<AnswerFile.Key, AnswerFile.Tally> counts) {
        List<Insert> inserts = new ArrayList<>();
        List<Map.Entry<AnswerFile.Key, AnswerFile.Tally>> entries = new ArrayList<>(counts.entrySet());
        for (int start = 0; start < entries.size(); start += ROWS_PER_INSERT) {
            int end = Math.min(entries.size(), start + ROWS_PER_INSERT);
            StringBuilder sql = new StringBuilder(INSERT_HEAD);
            List<Object> parameters = new ArrayList<>((end - start) * 8);
            for (int i = start; i < end; i++) {
                AnswerFile.Key key = entries.get(i).getKey();
                AnswerFile.Tally tally = entries.get(i).getValue();
                sql.append(i == start ? "" : ", ").append("(?, ?, ?, cast(? as varchar(60)), cast(? as varchar(60)), cast(? as integer), ?, ?)");
                parameters.add(roundId);
                parameters.add(importId);
                parameters.add(key.unitId());
                parameters.add(key.ageBand());
                parameters.add(key.profession());
                parameters.add(key.answer());
                parameters.add(tally.answers());
                parameters.add(tally.recommenders());
            }
            inserts.add(new Insert(sql.toString(), parameters));
        }
        return inserts;
    }

    /** Stores counts through JPA native queries, inside the caller's transaction. */
    static void store(jakarta.persistence.EntityManager em, long roundId, long importId,
                      Map<AnswerFile.Key, AnswerFile.Tally> counts) {
        for (Insert insert : inserts(roundId, importId, counts)) {
            jakarta.persistence.Query query = em.createNativeQuery(insert.sql());
            for (int i = 0; i < insert.parameters().size(); i++) {
                query.setParameter(i + 1, insert.parameters().get(i));
            }
            query.executeUpdate();
        }
    }

    /** Reads the rows of {@link #SUMS_BY_UNIT}: unit id → counts. */
    static Map<Long, UnitFigures.Counts> counts(List<Object[]> rows) {
        Map<Long, UnitFigures.Counts> counts = new java.util.HashMap<>();
        for (Object[] row : rows) {
            counts.put(((Number) row[0]).longValue(), new UnitFigures.Counts(number(row[1]), number(row[2]),
                    number(row[3]), number(row[4])));
        }
        return counts;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
