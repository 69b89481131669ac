package se.ambassadorsportalen.news.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;
import se.ambassadorsportalen.platform.text.MarkdownText;

/**
 * An internal news item. Its body is Markdown with raw HTML cut out when it is written (so what
 * is stored is what is shown). A draft is seen only by communicators; publishing stamps the time
 * staff heard it, which the press module compares with a release's external time. A published item
 * can still be corrected, but not returned to draft: people have read it.
 */
@Entity
@Table(name = "news_item")
public class NewsItem extends VersionedEntity {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 20_000;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private NewsTopic topic;

    /** The code of a brand association of the employer-brand plan (brandplan module), or none. */
    @Column(length = 40)
    private String brand;

    @Column(name = "audience_all", nullable = false)
    private boolean audienceAll;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "news_item_unit", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "unit_id")
    private Set<Long> audienceUnitIds = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NewsStatus status;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "image_type", length = 40)
    private String imageType;

    @Column(name = "image_width")
    private Integer imageWidth;

    @Column(name = "image_height")
    private Integer imageHeight;

    @Column(name = "image_alt", length = 300)
    private String imageAlt;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "image_large")
    private byte[] image;

    protected NewsItem() {}

    /** A new draft; nothing is shown to staff until {@link #publish}. */
    public static NewsItem draft(NewsDraft draft, String by, Instant at) {
        NewsItem item = new NewsItem();
        item.status = NewsStatus.DRAFT;
        item.createdBy = by;
        item.createdAt = at;
        item.write(draft, at);
        return item;
    }

    /** Changes the text or audience; also allowed after publishing, to correct an item. */
    public boolean write(NewsDraft draft, Instant at) {
        if (draft.title() == null || draft.title().isBlank()) {
            throw PortalException.invalidField("title", "news.title.required");
        }
        if (draft.title().strip().length() > TITLE_MAX) {
            throw PortalException.invalidField("title", "news.field.tooLong", TITLE_MAX);
        }
        if (draft.body() == null || draft.body().isBlank()) {
            throw PortalException.invalidField("body", "news.body.required");
        }
        if (draft.topic() == null) {
            throw PortalException.invalidField("topic", "news.topic.required");
        }
        MarkdownText.Cleaned cleaned = MarkdownText.clean(draft.body().strip());
        if (cleaned.text().length() > BODY_MAX) {
            throw PortalException.invalidField("body", "news.field.tooLong", BODY_MAX);
        }
        title = draft.title().strip();
        body = cleaned.text();
        topic = draft.topic();
        brand = draft.brand() == null || draft.brand().isBlank()
                ? null
                : draft.brand().strip();
        audienceAll = draft.audienceUnitIds().isEmpty();
        audienceUnitIds.clear();
        audienceUnitIds.addAll(draft.audienceUnitIds());
        updatedAt = at;
        return cleaned.htmlRemoved();
    }

    public void publish(Instant at) {
        if (status == NewsStatus.PUBLISHED) {
            throw PortalException.conflict("news.alreadyPublished");
        }
        status = NewsStatus.PUBLISHED;
        publishedAt = at;
        updatedAt = at;
    }

    /** Attaches a cleaned image (re-encoded, without metadata); alt text is required for screen-reader users. */
    public void attachImage(String contentType, int width, int height, byte[] large, String alt) {
        if (alt == null || alt.isBlank()) {
            throw PortalException.invalidField("imageAlt", "news.image.altRequired");
        }
        imageType = contentType;
        imageWidth = width;
        imageHeight = height;
        image = large;
        imageAlt = alt.strip().length() > 300 ? alt.strip().substring(0, 300) : alt.strip();
    }

    public void removeImage() {
        imageType = null;
        imageWidth = null;
        imageHeight = null;
        image = null;
        imageAlt = null;
    }

    /** Whether someone in the given units (their own and every unit above it) is in the audience. */
    public boolean isFor(Set<Long> unitAndAncestors) {
        return audienceAll || audienceUnitIds.stream().anyMatch(unitAndAncestors::contains);
    }

    public String getHtml() {
        return MarkdownText.toHtml(body);
    }

    public String getPlainText() {
        return MarkdownText.plainText(body);
    }

    public boolean isPublished() {
        return status == NewsStatus.PUBLISHED;
    }

    public boolean isHasImage() {
        return imageType != null;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public NewsTopic getTopic() {
        return topic;
    }

    public String getBrand() {
        return brand;
    }

    public boolean isAudienceAll() {
        return audienceAll;
    }

    public Set<Long> getAudienceUnitIds() {
        return Set.copyOf(audienceUnitIds);
    }

    public NewsStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getImageType() {
        return imageType;
    }

    public Integer getImageWidth() {
        return imageWidth;
    }

    public Integer getImageHeight() {
        return imageHeight;
    }

    public String getImageAlt() {
        return imageAlt;
    }

    public byte[] getImage() {
        return image;
    }
}
