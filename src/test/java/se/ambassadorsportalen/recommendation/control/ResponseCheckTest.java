package se.ambassadorsportalen.recommendation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseCheckTest {

    private static AnswerFile.Tally tally(long answers) {
        AnswerFile.Tally tally = new AnswerFile.Tally();
        tally.add(answers, 0, 0, 0, 0);
        return tally;
    }

    @Test
    void moreAnswersThanStaffIsReportedWithTheResponseRate() {
        Map<AnswerFile.Key, AnswerFile.Tally> counts = Map.of(
                new AnswerFile.Key(1, "30–39", null),
                tally(200),
                new AnswerFile.Key(1, "40–49", null),
                tally(180),
                new AnswerFile.Key(2, null, null),
                tally(40),
                new AnswerFile.Key(3, null, null),
                tally(7));

        assertThat(ResponseCheck.overFull(counts, Map.of(1L, 95, 2L, 40, 3L, 6)))
                .containsExactly(new ResponseCheck.OverFull(1, 380, 95), new ResponseCheck.OverFull(3, 7, 6));
        assertThat(new ResponseCheck.OverFull(1, 380, 95).percent()).isEqualTo(400);
        assertThat(new ResponseCheck.OverFull(3, 7, 6).percent()).isEqualTo(117);
    }

    @Test
    void unitsWithoutAKnownHeadcountAreNotJudged() {
        Map<AnswerFile.Key, AnswerFile.Tally> counts = Map.of(new AnswerFile.Key(1, null, null), tally(500));

        assertThat(ResponseCheck.overFull(counts, Map.of())).isEmpty();
        assertThat(ResponseCheck.overFull(counts, Map.of(1L, 0))).isEmpty();
    }
}
