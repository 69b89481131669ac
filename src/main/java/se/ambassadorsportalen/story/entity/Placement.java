package se.ambassadorsportalen.story.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

/**
 * A story planned in one channel at one time: an entry of the publishing calendar. The link to
 * the post makes it published there; after a withdrawal it is marked once taken down.
 */
@Entity
@Table(name = "story_placement")
@EntityListeners(CommunicatorQueuesTouch.class)
public class Placement extends VersionedEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "story_id", nullable = false)
    private Story story;

    @Column(name = "channel_code", nullable = false, length = 40)
    private String channelCode;

    @Column(name = "scheduled_at", nullable = false)
    private Instant scheduledAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "scheduled_by")
    private Person scheduledBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "post_link", length = 1000)
    private String link;

    @Column(name = "taken_down_at")
    private Instant takenDownAt;

    protected Placement() {}

    Placement(Story story, String channelCode, Instant scheduledAt, Person scheduledBy) {
        this.story = story;
        this.channelCode = channelCode;
        this.scheduledAt = scheduledAt;
        this.scheduledBy = scheduledBy;
    }

    void moveTo(Instant at) {
        if (isPublished()) {
            throw PortalException.conflict("story.schedule.alreadyPublished", channelCode);
        }
        scheduledAt = at;
    }

    void published(String postLink, Instant now) {
        link = postLink;
        if (publishedAt == null) {
            publishedAt = now;
        }
    }

    void takenDown(Instant now) {
        takenDownAt = now;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public boolean isTakenDown() {
        return takenDownAt != null;
    }

    public Story getStory() {
        return story;
    }

    public String getChannelCode() {
        return channelCode;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public Person getScheduledBy() {
        return scheduledBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getLink() {
        return link;
    }

    public Instant getTakenDownAt() {
        return takenDownAt;
    }
}
