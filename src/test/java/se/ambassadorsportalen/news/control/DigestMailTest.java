package se.ambassadorsportalen.news.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.i18n.Languages;

class DigestMailTest {

    private static final List<DigestMail.Entry> ENTRIES = List.of(new DigestMail.Entry(
            "Ny dagvård",
            LocalDateTime.of(2026, 11, 30, 9, 5),
            "news.topic.HEALTHCARE",
            "Den nya enheten öppnar i maj."));

    @Test
    void theDigestIsInTheReadersLanguageWithEachItemsTitleTimeTopicAndText() {
        DigestMail.Mail swedish = DigestMail.compose(Languages.DEFAULT, false, ENTRIES);
        DigestMail.Mail english = DigestMail.compose(Locale.ENGLISH, true, ENTRIES);

        assertThat(swedish.subject()).isEqualTo("Dagens nyheter: 1 nya");
        assertThat(swedish.body())
                .contains("Ny dagvård", "2026-11-30 09:05 · Hälso- och sjukvård", "Den nya enheten öppnar i maj.");
        assertThat(english.subject()).isEqualTo("This week's news: 1 new");
        assertThat(english.body()).contains("· Healthcare", "Read the news");
    }

    @Test
    void aDanishReaderGetsTheDigestInDanishWithADanishDate() {
        DigestMail.Mail danish = DigestMail.compose(Languages.DANISH, false, ENTRIES);

        assertThat(danish.subject()).isEqualTo("Dagens nyheder: 1 nye");
        assertThat(danish.body())
                .startsWith("Her er 1 nye nyheder, som du følger.")
                .contains("30.11.2026 09:05 · Sundhed")
                .contains("Læs nyhederne");
    }

    @Test
    void aLongTextIsCutToAnExcerptOnOneLine() {
        String excerpt = DigestMail.excerpt("Rad ett\n\nrad två " + "ord ".repeat(200));

        assertThat(excerpt)
                .hasSizeLessThanOrEqualTo(DigestMail.EXCERPT)
                .endsWith("…")
                .doesNotContain("\n");
    }
}
