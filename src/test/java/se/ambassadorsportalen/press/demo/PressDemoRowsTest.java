package se.ambassadorsportalen.press.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.press.entity.InquiryChannel;

/**
 * The Danish demo organisation's press inquiries hold together with its press desk's rows: their
 * topics are in its vocabulary, their assignees are its spokespeople, and every status is there.
 */
class PressDemoRowsTest {

    @Test
    void theDanishInquiriesUseTheDanishVocabularyAndSpokespeopleInEveryStatus() {
        List<String> topics =
                Arrays.stream(PressDemo.FJORDLAND_TOPICS).map(row -> row[0]).toList();
        List<String> spokespeople = Arrays.stream(PressDemo.FJORDLAND_SPOKESPEOPLE)
                .map(row -> row[0])
                .toList();

        assertThat(Arrays.asList(PressDemo.FJORDLAND_INQUIRIES)).allSatisfy(row -> {
            assertThat(InquiryChannel.valueOf((String) row[2])).isNotNull();
            assertThat(topics).contains((String) row[4]);
            assertThat(row[8] == null || spokespeople.contains((String) row[8]))
                    .as(row[3].toString())
                    .isTrue();
            assertThat(row[7].equals("ANSWERED") ? row[9] != null : true)
                    .as(row[3].toString())
                    .isTrue();
        });
        assertThat(Arrays.stream(PressDemo.FJORDLAND_INQUIRIES).map(row -> row[7]))
                .contains("NEW", "ASSIGNED", "ANSWERED", "DECLINED", "CLOSED");
    }
}
