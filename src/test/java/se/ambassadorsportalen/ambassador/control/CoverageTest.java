package se.ambassadorsportalen.ambassador.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoverageTest {

    final List<Coverage.Member> members = List.of(
            new Coverage.Member("Sjuksköterska", "HSF", "Älvstad", 1),
            new Coverage.Member("sjuksköterska", "HSF", "Sjövik", 1),
            new Coverage.Member("Psykolog", "HSF", "Älvstad", 2),
            new Coverage.Member("Trafikplanerare", "KTF", "Sjövik", 3));

    Coverage.Figures figures(int few) {
        return Coverage.of(
                members,
                Map.of("Sjuksköterska", 40L, "Psykolog", 5L, "Trafikplanerare", 10L, "Läkare", 20L),
                List.of("HSF", "KTF", "FTV"),
                List.of("Älvstad", "Sjövik", "Åby"),
                List.of(
                        new Coverage.UnitSize(1, "Medicin 3", "HSF", 48),
                                new Coverage.UnitSize(2, "Psykiatri", "HSF", 0),
                        new Coverage.UnitSize(3, "Trafik", "KTF", 16),
                                new Coverage.UnitSize(4, "Tandvård Åby", "FTV", 14)),
                List.of("Sjuksköterska", "Tandläkare", "Psykolog"),
                few);
    }

    @Test
    void shortageProfessionsWithNoOrFewAmbassadorsAreFlaggedFirst() {
        Coverage.Figures figures = figures(1);

        assertThat(figures.flaggedShortages()).containsExactly("Tandläkare", "Psykolog");
        assertThat(figures.professions().get(0).profession()).isEqualTo("Tandläkare");
        Coverage.ProfessionRow nurses = figures.professions().stream()
                .filter(r -> r.profession().equals("Sjuksköterska"))
                .findFirst()
                .orElseThrow();
        assertThat(nurses.ambassadors()).isEqualTo(2);
        assertThat(nurses.shortage()).isTrue();
        assertThat(nurses.flagged()).isFalse();
    }

    @Test
    void theThresholdForFewIsConfigurable() {
        assertThat(figures(2).flaggedShortages()).containsExactlyInAnyOrder("Tandläkare", "Psykolog", "Sjuksköterska");
        assertThat(figures(0).flaggedShortages()).containsExactly("Tandläkare");
    }

    @Test
    void administrationsAndTownsWithoutAmbassadorsShowZero() {
        Coverage.Figures figures = figures(1);
        assertThat(figures.administrations())
                .extracting(Coverage.CountRow::name, Coverage.CountRow::ambassadors)
                .first()
                .isEqualTo(org.assertj.core.groups.Tuple.tuple("FTV", 0L));
        assertThat(figures.towns())
                .filteredOn(r -> r.name().equals("Åby"))
                .singleElement()
                .extracting(Coverage.CountRow::ambassadors)
                .isEqualTo(0L);
    }

    @Test
    void participationIsAmbassadorsPerHundredEmployeesAndZeroWithoutHeadcount() {
        Coverage.Figures figures = figures(1);
        assertThat(figures.units()).extracting(Coverage.UnitRow::name).first().isEqualTo("Psykiatri");
        assertThat(figures.units())
                .filteredOn(u -> u.unitId() == 1)
                .singleElement()
                .extracting(Coverage.UnitRow::sharePercent)
                .isEqualTo(4.2);
        assertThat(Coverage.share(1, 0)).isZero();
    }

    @Test
    void theShortageSettingIsReadFromCommasOrLines() {
        assertThat(Coverage.parseList("Sjuksköterska, Tandläkare\nBarnmorska,, "))
                .containsExactly("Sjuksköterska", "Tandläkare", "Barnmorska");
    }
}
