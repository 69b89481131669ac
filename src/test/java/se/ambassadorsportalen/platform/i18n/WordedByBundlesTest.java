package se.ambassadorsportalen.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.press.boundary.Inquiries;

/** Text that Java code used to word itself comes from the bundles, in each language the portal speaks. */
class WordedByBundlesTest {

    @Test
    void theMedianTimeToAnswerIsWordedInSwedishEnglishAndDanish() {
        assertThat(Messages.text(Locale.forLanguageTag("sv"), "press.figures.medianTime", 3L, 5L))
                .isEqualTo("3 h 05 min");
        assertThat(Messages.text(Locale.ENGLISH, "press.figures.medianTime", 26L, 40L))
                .isEqualTo("26 h 40 min");
        assertThat(Messages.text(Locale.forLanguageTag("da"), "press.figures.medianTime", 3L, 5L))
                .isEqualTo("3 t. 05 min.");
    }

    @Test
    void aRequestOverPlainHttpIsToldInTheCallersLanguage() {
        assertThat(Messages.text(Locale.forLanguageTag("sv"), "platform.error.httpsRequired"))
                .contains("HTTPS");
        assertThat(Messages.text(Locale.forLanguageTag("da"), "platform.error.httpsRequired"))
                .isEqualTo("Portalen kan kun nås via HTTPS.");
    }

    @Test
    void downloadsAreNamedInTheReadersLanguage() {
        Inquiries.ExportPeriod november =
                new Inquiries.ExportPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
        assertThat(november.fileName(Inquiries.ExportFormat.XLSX, Locale.forLanguageTag("sv")))
                .isEqualTo("mediaforfragningar-2026-11-01-2026-11-30.xlsx");
        assertThat(november.fileName(Inquiries.ExportFormat.CSV, Locale.ENGLISH))
                .isEqualTo("media-inquiries-2026-11-01-2026-11-30.csv");
        assertThat(Messages.text(Locale.forLanguageTag("da"), "followup.workbook.fileName", "2026-11-01"))
                .isEqualTo("kanalopfoelgning-2026-11-01.xlsx");
        assertThat(Messages.text(Locale.ENGLISH, "ambassador.directory.fileName"))
                .isEqualTo("ambassadors.xlsx");
    }
}
