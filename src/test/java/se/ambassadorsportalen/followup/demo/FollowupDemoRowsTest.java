package se.ambassadorsportalen.followup.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.ambassadorsportalen.followup.entity.RateKind;
import se.ambassadorsportalen.platform.demo.DemoOrganisation;

/** Each demo organisation's channel follow-up has a year of figures for the channels of the reference data. */
class FollowupDemoRowsTest {

    @ParameterizedTest
    @EnumSource(DemoOrganisation.class)
    void everySeriesCoversTheSameTwelvePeriodsOfTheReferenceChannels(DemoOrganisation organisation) {
        FollowupDemo.Rows rows = FollowupDemo.Rows.of(organisation);

        assertThat(Arrays.asList(rows.targets()))
                .extracting(target -> target[0])
                .containsExactly("LINKEDIN", "FACEBOOK", "INSTAGRAM");
        assertThat(Arrays.asList(rows.targets()))
                .extracting(target -> RateKind.valueOf(target[2]))
                .doesNotContainNull();
        assertThat(rows.linkedinNew()).hasSize(12);
        assertThat(rows.linkedinRate()).hasSize(12);
        assertThat(rows.linkedinPosts()).hasSize(12);
        assertThat(rows.facebookRate()).hasSize(12);
        assertThat(rows.facebookNew()).hasSize(12);
        assertThat(rows.followersBefore()).hasSize(3);
        assertThat(rows.unfollowsPerPeriod()).hasSize(2);
        assertThat(Arrays.asList(rows.bestPosts()))
                .isNotEmpty()
                .allSatisfy(post -> assertThat(post[0]).startsWith("https://"));
        assertThat(rows.owner())
                .endsWith(organisation == DemoOrganisation.FJORDLAND ? "@fjordland.example" : "@fjallmark.example");
    }
}
