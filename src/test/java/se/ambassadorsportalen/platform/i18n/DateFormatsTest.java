package se.ambassadorsportalen.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Text written outside a page (mail, routing reasons) takes its date format from the reader's language. */
class DateFormatsTest {

    private static final LocalDate FIRST_OF_DECEMBER = LocalDate.of(2026, 12, 1);

    @Test
    void swedishWritesDatesYearFirst() {
        assertThat(Messages.dateFormat(Languages.DEFAULT).format(FIRST_OF_DECEMBER))
                .isEqualTo("2026-12-01");
        assertThat(Messages.dateTimeFormat(Languages.DEFAULT).format(FIRST_OF_DECEMBER.atTime(14, 30)))
                .isEqualTo("2026-12-01 14:30");
    }

    @Test
    void englishWritesDatesYearFirstTooNeverInTheAmericanOrder() {
        assertThat(Messages.dateFormat(Locale.ENGLISH).format(FIRST_OF_DECEMBER))
                .isEqualTo("2026-12-01");
        assertThat(Messages.dateTimeFormat(Locale.ENGLISH).format(FIRST_OF_DECEMBER.atTime(14, 30)))
                .isEqualTo("2026-12-01 14:30");
    }

    @Test
    void danishWritesDatesDayFirstWithPoints() {
        assertThat(Messages.dateFormat(Languages.DANISH).format(FIRST_OF_DECEMBER))
                .isEqualTo("01.12.2026");
        assertThat(Messages.dateTimeFormat(Languages.DANISH).format(LocalDateTime.of(2026, 12, 1, 14, 30)))
                .isEqualTo("01.12.2026 14:30");
    }
}
