package se.ambassadorsportalen.story.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.i18n.Languages;
import se.ambassadorsportalen.platform.web.Language;

class StoryLabelsTest {

    /** 13:30 UTC is 14:30 in Stockholm in winter: the label shows the portal's wall clock, not UTC's. */
    private static final Instant PLANNED = Instant.parse("2026-12-01T13:30:00Z");

    private static StoryLabels viewedIn(Locale locale) {
        StoryLabels labels = new StoryLabels();
        labels.language = new Language() {
            @Override
            public Locale getLocale() {
                return locale;
            }
        };
        return labels;
    }

    @Test
    void aStorysTimeReadsInSwedishAsSwedishDatesAreWritten() {
        assertThat(viewedIn(Languages.DEFAULT).time(PLANNED)).isEqualTo("2026-12-01 14:30");
    }

    @Test
    void aStorysTimeReadsInEnglishAsEnglishDatesAreWritten() {
        assertThat(viewedIn(Locale.ENGLISH).time(PLANNED)).isEqualTo("2026-12-01 14:30");
    }

    @Test
    void aStorysTimeReadsInDanishDayFirstNeverIso() {
        assertThat(viewedIn(Languages.DANISH).time(PLANNED)).isEqualTo("01.12.2026 14:30");
    }

    @Test
    void noTimeIsAnEmptyText() {
        assertThat(viewedIn(Languages.DANISH).time(null)).isEmpty();
    }
}
