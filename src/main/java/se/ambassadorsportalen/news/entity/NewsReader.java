package se.ambassadorsportalen.news.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

/**
 * One employee as a news reader: the topics and units they follow, how often they want the digest
 * (and when the last one covered up to), and the hash of their private feed token. The token
 * itself is shown once, when it is made; only its SHA-256 is kept, so a database copy does not
 * open anyone's feed.
 */
@Entity
@Table(name = "news_reader")
public class NewsReader extends VersionedEntity {

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DigestFrequency frequency;

    @Column(name = "last_digest_at", nullable = false)
    private Instant lastDigestAt;

    @Column(name = "feed_token_hash", length = 64)
    private String feedTokenHash;

    @Column(name = "feed_token_created")
    private Instant feedTokenCreated;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "news_reader_topic", joinColumns = @JoinColumn(name = "reader_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "topic", length = 40)
    private Set<NewsTopic> topics = EnumSet.noneOf(NewsTopic.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "news_reader_unit", joinColumns = @JoinColumn(name = "reader_id"))
    @Column(name = "unit_id")
    private Set<Long> unitIds = new HashSet<>();

    protected NewsReader() {}

    /** A reader from now on: the first digest covers what is published after this moment. */
    public NewsReader(String username, Instant now) {
        this.username = username;
        this.frequency = DigestFrequency.NONE;
        this.lastDigestAt = now;
    }

    /** Replaces what the reader follows and how often the digest comes. */
    public void follow(Set<NewsTopic> newTopics, Set<Long> newUnitIds, DigestFrequency newFrequency) {
        topics.clear();
        topics.addAll(newTopics);
        unitIds.clear();
        unitIds.addAll(newUnitIds);
        frequency = newFrequency == null ? DigestFrequency.NONE : newFrequency;
    }

    /** Whether the reader follows anything at all; a digest with no subscriptions would be every item. */
    public boolean followsAnything() {
        return !topics.isEmpty() || !unitIds.isEmpty();
    }

    /** Whether an item is one the reader follows: its topic, or one of its audience units. */
    public boolean follows(NewsItem item) {
        return topics.contains(item.getTopic())
                || item.getAudienceUnitIds().stream().anyMatch(unitIds::contains);
    }

    public void digestSent(Instant coveredUntil) {
        lastDigestAt = coveredUntil;
    }

    public void feedToken(String hash, Instant at) {
        feedTokenHash = hash;
        feedTokenCreated = hash == null ? null : at;
    }

    public String getUsername() {
        return username;
    }

    public DigestFrequency getFrequency() {
        return frequency;
    }

    public Instant getLastDigestAt() {
        return lastDigestAt;
    }

    public boolean isHasFeed() {
        return feedTokenHash != null;
    }

    public Instant getFeedTokenCreated() {
        return feedTokenCreated;
    }

    public Set<NewsTopic> getTopics() {
        return topics.isEmpty() ? EnumSet.noneOf(NewsTopic.class) : EnumSet.copyOf(topics);
    }

    public Set<Long> getUnitIds() {
        return Set.copyOf(unitIds);
    }
}
