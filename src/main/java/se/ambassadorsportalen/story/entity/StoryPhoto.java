package se.ambassadorsportalen.story.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

/**
 * A photo of a story, as stored: re-encoded by the portal (so no EXIF, GPS or other metadata
 * survives) in a large size for pages and a small one for lists and the feed. The original
 * upload is never kept.
 */
@Entity
@Table(name = "story_photo")
public class StoryPhoto extends VersionedEntity {

    public enum Size {
        LARGE,
        SMALL
    }

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "story_id", nullable = false)
    private Story story;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "alt_text", length = 300)
    private String altText;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "large_image", nullable = false)
    private byte[] large;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "small_image", nullable = false)
    private byte[] small;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StoryPhoto() {}

    public StoryPhoto(
            Story story,
            String contentType,
            int width,
            int height,
            byte[] large,
            byte[] small,
            String altText,
            Instant now) {
        this.story = story;
        this.contentType = contentType;
        this.width = width;
        this.height = height;
        this.large = large.clone();
        this.small = small.clone();
        this.createdAt = now;
        setAltText(altText);
    }

    public final void setAltText(String text) {
        if (text != null && text.trim().length() > 300) {
            throw PortalException.invalidField("altText", "story.photo.altTooLong", 300);
        }
        altText = text == null || text.isBlank() ? null : text.trim();
    }

    public byte[] image(Size size) {
        return (size == Size.SMALL ? small : large).clone();
    }

    public Story getStory() {
        return story;
    }

    public String getContentType() {
        return contentType;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public String getAltText() {
        return altText;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
