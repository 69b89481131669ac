package se.ambassadorsportalen.news.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.PortalException;

class NewsItemTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

    private static NewsDraft draft(String body, Set<Long> units) {
        return new NewsDraft("Ny dagvård", body, NewsTopic.HEALTHCARE, "CLOSE", units);
    }

    @Test
    void aNewItemIsADraftUntilItIsPublished() {
        NewsItem item = NewsItem.draft(draft("Text", Set.of()), "klara", NOW);

        assertThat(item.isPublished()).isFalse();
        assertThat(item.getPublishedAt()).isNull();
        item.publish(NOW.plus(Duration.ofHours(1)));
        assertThat(item.isPublished()).isTrue();
        assertThat(item.getPublishedAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThatThrownBy(() -> item.publish(NOW.plus(Duration.ofHours(2)))).isInstanceOf(PortalException.class);
    }

    @Test
    void rawHtmlIsCutOutOfTheBodyAndTheRestIsRenderedSafely() {
        NewsItem item = NewsItem.draft(
                draft("Hej <script>alert(1)</script>**alla** [x](javascript:alert(1))", Set.of()), "klara", NOW);

        assertThat(item.getBody()).doesNotContain("<script>");
        assertThat(item.getHtml())
                .contains("<strong>alla</strong>")
                .doesNotContain("<script")
                .doesNotContain("javascript:");
    }

    @Test
    void anItemWithoutUnitsIsForTheWholeOrganisationAndOneWithUnitsForThemAndEveryoneBelow() {
        NewsItem everyone = NewsItem.draft(draft("Text", Set.of()), "klara", NOW);
        NewsItem healthcare = NewsItem.draft(draft("Text", Set.of(10L)), "klara", NOW);

        assertThat(everyone.isAudienceAll()).isTrue();
        assertThat(everyone.isFor(Set.of(99L))).isTrue();
        assertThat(healthcare.isFor(Set.of(31L, 10L)))
                .as("a ward below the administration")
                .isTrue();
        assertThat(healthcare.isFor(Set.of(20L, 2L)))
                .as("another administration")
                .isFalse();
    }

    @Test
    void aTitleABodyAndATopicAreRequiredByTheirFields() {
        assertThatThrownBy(
                        () -> NewsItem.draft(new NewsDraft(" ", "Text", NewsTopic.RESEARCH, null, null), "klara", NOW))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(
                        () -> NewsItem.draft(new NewsDraft("Rubrik", "", NewsTopic.RESEARCH, null, null), "klara", NOW))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.field()).isEqualTo("body"));
        assertThatThrownBy(() -> NewsItem.draft(new NewsDraft("Rubrik", "Text", null, null, null), "klara", NOW))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.field()).isEqualTo("topic"));
    }

    @Test
    void anImageNeedsADescription() {
        NewsItem item = NewsItem.draft(draft("Text", Set.of()), "klara", NOW);

        assertThatThrownBy(() -> item.attachImage("image/png", 10, 10, new byte[] {1}, " "))
                .isInstanceOfSatisfying(
                        PortalException.class, e -> assertThat(e.field()).isEqualTo("imageAlt"));
        assertThat(item.isHasImage()).isFalse();
    }
}
