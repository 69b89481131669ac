package se.ambassadorsportalen.recommendation.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.recommendation.control.UnitFigures;

class AnswerCountSqlTest {

    @Test
    void sumsOfEveryRoundReadInOneStatementAreSplitByRoundThenUnit() {
        List<Object[]> rows = List.of(
                new Object[] {1L, 10L, 20L, 15L, 9L, 2L, 18L},
                new Object[] {1L, 11L, 5L, 4L, 2L, 1L, 5L},
                new Object[] {2L, 10L, 30L, 21L, 12L, 3L, null});

        Map<Long, Map<Long, UnitFigures.Counts>> byRound = AnswerCountSql.countsByRound(rows);

        assertThat(byRound).containsOnlyKeys(1L, 2L);
        assertThat(byRound.get(1L)).containsOnlyKeys(10L, 11L);
        assertThat(byRound.get(1L).get(11L)).isEqualTo(new UnitFigures.Counts(5, 4, 2, 1, 5));
        assertThat(byRound.get(2L).get(10L)).isEqualTo(new UnitFigures.Counts(30, 21, 12, 3, 0));
    }
}
