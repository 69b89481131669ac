package se.ambassadorsportalen.story.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.demo.DemoVolume;
import se.ambassadorsportalen.story.entity.ConsentStatus;
import se.ambassadorsportalen.story.entity.StoryStatus;

class StoryGeneratorTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 12, 0);

    static List<StoryGenerator.Author> authors(int n) {
        return LongStream.rangeClosed(1, n)
                .mapToObj(id ->
                        new StoryGenerator.Author(id, id % 7, "Anna", "Sjuksköterska", "Älvstad", id == 1 ? null : 1L))
                .toList();
    }

    @Test
    void scaledDownStoriesAreExactlyTheRequestedNumberMostlyPublished() {
        List<StoryGenerator.Plan> plans =
                StoryGenerator.generate(authors(70), DemoVolume.scaled(0.01).stories(), 6, NOW, 1);

        assertThat(plans).hasSize(200);
        assertThat(plans.stream()
                        .filter(p -> p.status() == StoryStatus.PUBLISHED)
                        .count())
                .isBetween(90L, 150L);
    }

    @Test
    void eachStoryKeepsTheOrderOfItsLifeAndOnlyPublishedOnesHaveOnlyGivenConsents() {
        List<StoryGenerator.Plan> plans = StoryGenerator.generate(authors(300), 3_000, 6, NOW, 2);

        assertThat(plans).allSatisfy(plan -> {
            assertThat(plan.createdAt()).isBefore(NOW);
            assertThat(plan.channels()).isNotEmpty();
            assertThat(plan.photo()).isBetween(-1, 5);
            assertThat(java.util.stream.Stream.of(plan.submittedAt(), plan.approvedAt(), plan.withdrawnAt())
                            .filter(java.util.Objects::nonNull))
                    .allSatisfy(at -> assertThat(at).isBefore(NOW.minusDays(1)));
            if (plan.submittedAt() != null) {
                assertThat(plan.submittedAt()).isAfter(plan.createdAt());
                assertThat(plan.approverId()).isNotNull().isNotEqualTo(plan.authorId());
            }
            if (plan.status() == StoryStatus.PUBLISHED) {
                assertThat(plan.approvedAt()).isAfter(plan.submittedAt());
                assertThat(plan.publishAt()).isAfter(plan.approvedAt()).isBefore(NOW.minusDays(5));
                assertThat(plan.consents())
                        .allSatisfy(c -> assertThat(c.status()).isEqualTo(ConsentStatus.GIVEN));
            }
            if (plan.status() == StoryStatus.SCHEDULED) {
                assertThat(plan.publishAt()).isAfter(NOW);
            }
            assertThat(plan.consents()).allSatisfy(c -> assertThat(c.personId()).isNotEqualTo(plan.authorId()));
        });
    }

    @Test
    void authorWithoutAnApproverOnlyWritesDrafts() {
        List<StoryGenerator.Plan> plans = StoryGenerator.generate(authors(1), 50, 6, NOW, 3);

        assertThat(plans).allSatisfy(plan -> assertThat(plan.status()).isEqualTo(StoryStatus.DRAFT));
    }
}
