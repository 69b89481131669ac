package se.ambassadorsportalen.press.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.demo.DemoVolume;
import se.ambassadorsportalen.press.entity.InquiryStatus;
import se.ambassadorsportalen.press.entity.SpokespersonKind;

class PressGeneratorTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 12, 0);
    static final List<String> AREAS = List.of("HSF", "FTV", "KTF", "RUF", "RLF");

    static List<PressGenerator.Candidate> people(int n) {
        return LongStream.rangeClosed(1, n)
                .mapToObj(id -> new PressGenerator.Candidate(
                        id, AREAS.get((int) id % AREAS.size()), "Sjuksköterska", id % 10 == 0))
                .toList();
    }

    @Test
    void scaledDownDeskHasExactlyTheRequestedTopicsSpokespeopleAndInquiries() {
        DemoVolume volume = DemoVolume.scaled(0.02);
        PressGenerator.Desk desk = PressGenerator.generate(
                volume.topics(), people(volume.employees()), volume.spokespeople(), volume.inquiries(), 720, NOW, 1);

        assertThat(desk.topics()).hasSize(10);
        assertThat(desk.spokespeople()).hasSize(40);
        assertThat(desk.inquiries()).hasSize(1_000);
    }

    @Test
    void fullDeskHasUniqueTopicCodesAndManagersSpeakFirst() {
        PressGenerator.Desk desk = PressGenerator.generate(500, people(7_000), 2_000, 10, 720, NOW, 2);

        assertThat(desk.topics().stream().map(PressGenerator.TopicPlan::code).distinct())
                .hasSize(500);
        assertThat(desk.topics()).allSatisfy(t -> assertThat(t.code()).matches("[a-z0-9-]+"));
        assertThat(desk.spokespeople().stream().filter(s -> s.kind() == SpokespersonKind.MANAGER))
                .hasSize(700);
        assertThat(desk.spokespeople().stream()
                        .map(PressGenerator.SpokespersonPlan::personId)
                        .distinct())
                .hasSize(2_000);
    }

    @Test
    void inquiriesGoToSomeoneCoveringTheirTopicAndAnsweredOnesHaveAnAnswerTime() {
        PressGenerator.Desk desk = PressGenerator.generate(50, people(500), 200, 2_000, 720, NOW, 3);

        assertThat(desk.inquiries()).allSatisfy(inquiry -> {
            assertThat(inquiry.receivedAt()).isAfter(NOW.minusDays(720)).isBefore(NOW);
            assertThat(inquiry.deadline()).isAfter(inquiry.receivedAt());
            if (inquiry.assignee() != null) {
                assertThat(desk.spokespeople().get(inquiry.assignee()).topics())
                        .contains(inquiry.topics().get(0));
            }
            if (inquiry.status() == InquiryStatus.ASSIGNED || inquiry.status() == InquiryStatus.ANSWERED) {
                assertThat(inquiry.assignee()).isNotNull();
            }
            assertThat(inquiry.answeredAt() != null)
                    .isEqualTo(inquiry.status() == InquiryStatus.ANSWERED
                            || inquiry.status() == InquiryStatus.CLOSED && inquiry.assignee() != null);
        });
    }
}
