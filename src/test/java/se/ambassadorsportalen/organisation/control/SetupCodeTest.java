package se.ambassadorsportalen.organisation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.organisation.control.SetupCode.Outcome;

class SetupCodeTest {

    @Test
    void theRightCodeIsAcceptedOnceAndNeverAgain() {
        SetupCode code = SetupCode.of("ABCDE-FGHJK-MNPQR-STUVW");

        assertThat(code.attempt("ABCDE-FGHJK-MNPQR-STUVW")).isEqualTo(Outcome.ACCEPTED);
        assertThat(code.attempt("ABCDE-FGHJK-MNPQR-STUVW")).isEqualTo(Outcome.USED_UP);
        assertThat(code.isUsedUp()).isTrue();
    }

    @Test
    void surroundingSpacesAndLowerCaseAreForgiven() {
        assertThat(SetupCode.of("ABCDE-FGHJK").attempt("  abcde-fghjk\n")).isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void fiveWrongTriesUseTheCodeUpSoEvenTheRightOneNoLongerWorks() {
        SetupCode code = SetupCode.of("ABCDE-FGHJK");
        for (int i = 1; i < SetupCode.MAX_ATTEMPTS; i++) {
            assertThat(code.attempt("WRONG-" + i)).isEqualTo(Outcome.WRONG);
        }
        assertThat(code.attempt("WRONG-LAST")).isEqualTo(Outcome.USED_UP);

        assertThat(code.attempt("ABCDE-FGHJK")).isEqualTo(Outcome.USED_UP);
    }

    @Test
    void aMissingOrShorterCodeIsSimplyWrong() {
        SetupCode code = SetupCode.of("ABCDE-FGHJK");
        assertThat(code.attempt(null)).isEqualTo(Outcome.WRONG);
        assertThat(code.attempt("ABCDE")).isEqualTo(Outcome.WRONG);
        assertThat(code.attempt("ABCDE-FGHJK-")).isEqualTo(Outcome.WRONG);
    }

    @Test
    void randomCodesAreTwentyUnambiguousCharactersInGroupsOfFiveAndDiffer() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String shown = SetupCode.random().shown();
            assertThat(shown).matches("[A-HJKMNP-Z2-9]{5}(-[A-HJKMNP-Z2-9]{5}){3}");
            seen.add(shown);
        }
        assertThat(seen).hasSize(1000);
    }
}
