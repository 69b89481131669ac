package se.ambassadorsportalen.organisation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class UsernamesTest {

    @Test
    void theLocalPartOfTheEmailAddressBecomesTheUsername() {
        assertThat(Usernames.suggest("Eva", "Lind", "Eva.Lind@Regionen.se", name -> false))
                .isEqualTo("eva.lind");
    }

    @Test
    void withoutAnEmailTheNamesAreUsedWithSwedishLettersMadePlain() {
        assertThat(Usernames.suggest("Åke", "Öberg-Ärlig", null, name -> false)).isEqualTo("ake.oberg-arlig");
        assertThat(Usernames.suggest("Anna Maria", "von Svensson", null, name -> false))
                .isEqualTo("anna.maria.von.svensson");
    }

    @Test
    void aTakenUsernameGetsTheFirstFreeNumber() {
        Set<String> taken = Set.of("eva.lind", "eva.lind2");

        assertThat(Usernames.suggest("Eva", "Lind", "eva.lind@regionen.se", taken::contains))
                .isEqualTo("eva.lind3");
    }

    @Test
    void namesWithNothingUsableStillGiveAValidUsername() {
        assertThat(Usernames.suggest("李", "王", null, name -> false)).isEqualTo("user");
        assertThat(Usernames.suggest("X".repeat(80), "Y", null, name -> false)).hasSizeLessThanOrEqualTo(60);
    }
}
