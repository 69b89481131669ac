package se.ambassadorsportalen.organisation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    private static String refusal(String password, String... accountWords) {
        return PasswordRules.check(password, List.of(accountWords))
                .map(PasswordRules.Refusal::key)
                .orElse(null);
    }

    @Test
    void aSentenceOfAFewWordsIsAccepted() {
        assertThat(refusal("ett långt lösenord", "eva")).isNull();
        assertThat(refusal("kaffe i fikarummet klockan tre", "eva")).isNull();
        assertThat(refusal("gurkan Tittar 7 gånger", "eva")).isNull();
    }

    @Test
    void aPasswordShorterThanTenCharactersIsRefusedWhateverItContains() {
        assertThat(refusal("Xq7#pL2!z", "eva")).isEqualTo("organisation.user.password.tooShort");
        assertThat(refusal(null, "eva")).isEqualTo("organisation.user.password.tooShort");
    }

    @Test
    void charactersAreCountedAsPeopleSeeThemNotAsJavaChars() {
        assertThat(refusal("😀😀😀😀😀", "eva"))
                .as("five emoji are five characters, ten chars")
                .isEqualTo("organisation.user.password.tooShort");
    }

    @Test
    void sixtyFourCharactersAreAllowedAndMoreThan128AreNot() {
        assertThat(refusal("en mening som är lång nog att nå sextiofyra tecken utan problem.", "eva"))
                .isNull();
        assertThat(refusal("a mening ".repeat(15), "eva")).isEqualTo("organisation.user.password.tooLong");
    }

    @Test
    void commonPasswordsAreRefusedThoughTheyAreLongEnough() {
        for (String common :
                List.of("1234567890", "qwertyuiop", "password123", "iloveyou12", "Password1!", "abcdefghij")) {
            assertThat(refusal(common, "eva")).as(common).isEqualTo("organisation.user.password.guessable");
        }
    }

    @Test
    void theUsernameTheNameAndThePortalsNameAreNoPassword() {
        assertThat(refusal("evasvensson1", "evas", "Eva", "Svensson"))
                .isEqualTo("organisation.user.password.guessable");
        assertThat(refusal("Ambassadorsportalen2026", "eva")).isEqualTo("organisation.user.password.guessable");
        assertThat(refusal("regionen123!", "eva")).isEqualTo("organisation.user.password.guessable");
    }

    @Test
    void noRuleAsksForDigitsCapitalsOrSymbols() {
        assertThat(refusal("vi ses vid busshållplatsen", "eva")).isNull();
    }
}
