package se.ambassadorsportalen.news.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NewsReaderTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

    private static NewsItem item(NewsTopic topic, Set<Long> units) {
        return NewsItem.draft(new NewsDraft("Rubrik", "Text", topic, null, units), "klara", NOW);
    }

    @Test
    void aReaderFollowsItemsOfTheirTopicsAndOfTheUnitsTheyChose() {
        NewsReader reader = new NewsReader("eva", NOW);
        reader.follow(Set.of(NewsTopic.RESEARCH), Set.of(10L), DigestFrequency.DAILY);

        assertThat(reader.follows(item(NewsTopic.RESEARCH, Set.of()))).isTrue();
        assertThat(reader.follows(item(NewsTopic.WORKPLACE, Set.of(10L)))).isTrue();
        assertThat(reader.follows(item(NewsTopic.WORKPLACE, Set.of(20L)))).isFalse();
        assertThat(reader.getFrequency()).isEqualTo(DigestFrequency.DAILY);
    }

    @Test
    void aNewReaderFollowsNothingGetsNoDigestAndCountsFromNow() {
        NewsReader reader = new NewsReader("eva", NOW);

        assertThat(reader.followsAnything()).isFalse();
        assertThat(reader.getFrequency()).isEqualTo(DigestFrequency.NONE);
        assertThat(reader.getLastDigestAt()).isEqualTo(NOW);
        assertThat(reader.isHasFeed()).isFalse();
    }

    @Test
    void revokingTheFeedForgetsItsHash() {
        NewsReader reader = new NewsReader("eva", NOW);
        reader.feedToken("abc", NOW);
        assertThat(reader.isHasFeed()).isTrue();

        reader.feedToken(null, NOW);

        assertThat(reader.isHasFeed()).isFalse();
        assertThat(reader.getFeedTokenCreated()).isNull();
    }
}
