package se.ambassadorsportalen.ambassador.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.ambassador.entity.AmbassadorStatus;
import se.ambassadorsportalen.platform.demo.DemoVolume;

class AmbassadorGeneratorTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 12, 0);

    static List<AmbassadorGenerator.Candidate> people(int n) {
        return LongStream.rangeClosed(1, n)
                .mapToObj(id -> new AmbassadorGenerator.Candidate(id, "Sjuksköterska"))
                .toList();
    }

    @Test
    void scaledDownProgrammeHasTheRequestedNumberOfDistinctPeopleMostlyActive() {
        DemoVolume volume = DemoVolume.scaled(0.1);
        List<AmbassadorGenerator.Plan> plans =
                AmbassadorGenerator.generate(people(volume.employees()), volume.ambassadors(), 3, NOW, 1);

        assertThat(plans).hasSize(150);
        assertThat(plans.stream().map(AmbassadorGenerator.Plan::personId).distinct())
                .hasSize(150);
        assertThat(plans.stream()
                        .filter(p -> p.status() == AmbassadorStatus.ACTIVE)
                        .count())
                .isBetween(90L, 140L);
    }

    @Test
    void decisionsFollowApplicationsAndOnlyDecidedAmbassadorsHaveTraining() {
        List<AmbassadorGenerator.Plan> plans = AmbassadorGenerator.generate(people(500), 300, 3, NOW, 2);

        assertThat(plans).allSatisfy(plan -> {
            assertThat(plan.appliedAt()).isBefore(NOW);
            assertThat(plan.channels()).isNotEmpty().doesNotHaveDuplicates();
            if (plan.status() == AmbassadorStatus.APPLIED) {
                assertThat(plan.decidedAt()).isNull();
                assertThat(plan.completed()).isZero();
            } else {
                assertThat(plan.decidedAt()).isAfter(plan.appliedAt());
                assertThat(plan.decidedAt().plusDays(3L + plan.completed())).isBefore(NOW);
            }
            assertThat(plan.leftAt() != null).isEqualTo(plan.status() == AmbassadorStatus.LEFT);
            assertThat(plan.completed()).isBetween(0, 3);
        });
    }

    @Test
    void moreAmbassadorsThanPeopleIsRefused() {
        assertThatThrownBy(() -> AmbassadorGenerator.generate(people(2), 3, 3, NOW, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
