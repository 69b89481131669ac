package se.ambassadorsportalen.ambassador.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.ambassadorsportalen.ambassador.entity.Channel;
import se.ambassadorsportalen.organisation.demo.DemoRegion;
import se.ambassadorsportalen.platform.demo.DemoOrganisation;

/**
 * Each demo organisation's ambassador programme holds together with its organisation's rows: the
 * ambassadors and the communicator who accepts them are its people, the trained and the relay are
 * its ambassadors, handles are ones the channels accept, and every quiz has its right option. A row
 * that broke this would only fail when someone started that demo.
 */
class AmbassadorDemoRowsTest {

    @ParameterizedTest
    @EnumSource(DemoOrganisation.class)
    void theProgrammeIsMadeOfTheOrganisationsOwnPeople(DemoOrganisation organisation) {
        AmbassadorDemo.Rows rows = AmbassadorDemo.Rows.of(organisation);
        List<String> people = Arrays.stream(DemoRegion.of(organisation).people())
                .map(row -> row[0])
                .toList();
        List<String> ambassadors =
                Arrays.stream(rows.ambassadors()).map(row -> row[0]).toList();

        assertThat(people).contains(rows.acceptor()).containsAll(ambassadors);
        assertThat(ambassadors)
                .containsAll(rows.trainedInBoth())
                .containsAll(rows.trainedInBasics())
                .contains(rows.relay());
        assertThat(rows.trainedInBoth())
                .as("the relay takes those trained for it")
                .contains(rows.relay());
        assertThat(ambassadors).hasSizeGreaterThanOrEqualTo(8);
        assertThat(Arrays.asList(rows.ambassadors())).allSatisfy(row -> {
            assertThat(row[4].isEmpty() || Channel.INSTAGRAM.accepts(row[4]))
                    .as(row[4])
                    .isTrue();
            assertThat(row[5].isEmpty() || Channel.LINKEDIN.accepts(row[5]))
                    .as(row[5])
                    .isTrue();
            assertThat(row[6]).isIn("ACTIVE", "PAUSED", "APPLIED");
        });
        assertThat(Stream.of(rows.ambassadors()).map(row -> row[6])).contains("ACTIVE", "PAUSED", "APPLIED");
        assertThat(Arrays.asList(rows.modules())).hasSize(3).allSatisfy(module -> {
            assertThat((module.length - 3) % 3).as(module[0]).isZero();
            for (int i = 3; i < module.length; i += 3) {
                assertThat(Integer.parseInt(module[i + 2])).isBetween(0, module[i + 1].split("\\|").length - 1);
            }
        });
    }
}
