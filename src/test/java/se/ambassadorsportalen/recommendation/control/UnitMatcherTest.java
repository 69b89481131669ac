package se.ambassadorsportalen.recommendation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitMatcherTest {

    private final UnitMatcher units = new UnitMatcher(List.of(
            new UnitMatcher.Candidate(1, "HSF-MED3", "Medicinavdelning 3"),
            new UnitMatcher.Candidate(2, "HSF-AKUT", "Akutmottagningen"),
            new UnitMatcher.Candidate(3, "PRIM-KANS", "Kansli"),
            new UnitMatcher.Candidate(4, "TAND-KANS", "Kansli")));

    @Test
    void aUnitIsFoundByItsCodeWhateverTheCase() {
        assertThat(units.match("HSF-MED3")).isEqualTo(new UnitMatcher.Found(1));
        assertThat(units.match(" hsf-akut ")).isEqualTo(new UnitMatcher.Found(2));
    }

    @Test
    void aUnitIsFoundByItsNameIgnoringCaseAndRepeatedSpaces() {
        assertThat(units.match("Medicinavdelning 3")).isEqualTo(new UnitMatcher.Found(1));
        assertThat(units.match("medicinavdelning   3")).isEqualTo(new UnitMatcher.Found(1));
        assertThat(units.match("AKUTMOTTAGNINGEN")).isEqualTo(new UnitMatcher.Found(2));
    }

    @Test
    void aNameSeveralUnitsShareIsNeverGuessedButNamesTheirCodes() {
        assertThat(units.match("Kansli")).isEqualTo(new UnitMatcher.Ambiguous(List.of("PRIM-KANS", "TAND-KANS")));
        assertThat(units.match("PRIM-KANS")).isEqualTo(new UnitMatcher.Found(3));
    }

    @Test
    void somethingElseIsUnknown() {
        assertThat(units.match("Medicinavdelningen")).isEqualTo(new UnitMatcher.Unknown());
        assertThat(units.match(" ")).isEqualTo(new UnitMatcher.Unknown());
        assertThat(units.idOf("Kansli")).isEmpty();
    }
}
