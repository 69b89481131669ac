package se.ambassadorsportalen.recommendation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PercentTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @Test
    void aLargeCountIsWrittenWithTheReadersDigitGrouping() {
        assertThat(Percent.count(200_000L, SWEDISH)).isEqualTo("200\u00a0000");
        assertThat(Percent.count(1_283, SWEDISH)).isEqualTo("1\u00a0283");
        assertThat(Percent.count(200_000L, Locale.ENGLISH)).isEqualTo("200,000");
        assertThat(Percent.count(15, SWEDISH)).isEqualTo("15");
    }

    @Test
    void aMissingCountIsADash() {
        assertThat(Percent.count(null, SWEDISH)).isEqualTo("–");
    }
}
