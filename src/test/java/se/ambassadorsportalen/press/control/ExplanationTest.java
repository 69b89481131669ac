package se.ambassadorsportalen.press.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.i18n.Languages;

class ExplanationTest {

    private static final Explanation AWAY = Explanation.of(
            "press.reason.away.deputy",
            "Birgitta Falk",
            Explanation.time(LocalDateTime.of(2026, 11, 30, 8, 0)),
            "Gustav Hellström");

    @Test
    void aTimeTravelsInOneFixedFormForTheApi() {
        assertThat(AWAY.arguments()).containsExactly("Birgitta Falk", "2026-11-30 08:00", "Gustav Hellström");
    }

    @Test
    void anAbsenceReasonWritesItsTimeInSwedishAsSwedishDatesAreWritten() {
        assertThat(AWAY.text(Languages.DEFAULT))
                .isEqualTo("Birgitta Falk är borta till 2026-11-30 08:00, därför ersättaren Gustav Hellström");
    }

    @Test
    void anAbsenceReasonWritesItsTimeInEnglishAsEnglishDatesAreWritten() {
        assertThat(AWAY.text(Locale.ENGLISH))
                .isEqualTo("Birgitta Falk is away until 2026-11-30 08:00, so the deputy Gustav Hellström");
    }

    @Test
    void anAbsenceReasonWritesItsTimeInDanishAsDanishDatesAreWrittenNeverIso() {
        assertThat(AWAY.text(Languages.DANISH))
                .isEqualTo("Birgitta Falk er væk indtil 30.11.2026 08:00, derfor stedfortræderen Gustav Hellström")
                .doesNotContain("2026-11-30");
    }

    @Test
    void anArgumentThatIsAKeyIsTranslatedAndOneThatOnlyLooksLikeATimeIsLeftAlone() {
        Explanation nobody = Explanation.of("press.notice.ruleFoundNobody", "press.rule.condition.POLITICAL");
        assertThat(nobody.text(Languages.DANISH)).doesNotContain("press.rule.condition");

        Explanation odd = Explanation.of("press.reason.away.nobody", "2026-13-45 99:99", "x", "y");
        assertThat(odd.text(Languages.DANISH)).startsWith("2026-13-45 99:99 er væk indtil x");
    }
}
