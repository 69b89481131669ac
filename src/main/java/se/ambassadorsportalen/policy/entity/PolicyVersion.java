package se.ambassadorsportalen.policy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.SortKeys;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

/**
 * One published version of a document: immutable once published, so every earlier version
 * can be read and compared exactly as it was. Holds the Swedish text and, where it exists, the
 * English translation; readers get their language when it is there and Swedish otherwise.
 */
@Entity
@Table(name = "policy_version")
public class PolicyVersion extends VersionedEntity {

    static final int MAX_TITLE = 300;
    static final int MAX_NOTE = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", nullable = false)
    private PolicyDocument document;

    @Column(name = "major_no", nullable = false)
    private int major;

    @Column(name = "minor_no", nullable = false)
    private int minor;

    @Column(name = "is_current", nullable = false)
    private boolean current;

    @Column(name = "title_sv", nullable = false, length = MAX_TITLE)
    private String titleSv;

    @Column(name = "title_en", length = MAX_TITLE)
    private String titleEn;

    /**
     * Each language's key of the title its readers see ({@link #title}): the policy list sorted by
     * title reads these. A version never changes its titles, so the keys are made once.
     */
    @Embedded
    private SortKeys sortKeys;

    @Lob
    @Column(name = "body_sv", nullable = false)
    private String bodySv;

    @Lob
    @Column(name = "body_en")
    private String bodyEn;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "change_note", length = MAX_NOTE)
    private String changeNote;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 200)
    private String publishedBy;

    protected PolicyVersion() {}

    PolicyVersion(
            PolicyDocument document, VersionNumber number, PolicyContent content, String publishedBy, Instant now) {
        if (content == null) {
            throw PortalException.invalidField("titleSv", "policy.version.title.required");
        }
        this.document = document;
        this.major = number.major();
        this.minor = number.minor();
        this.current = true;
        this.titleSv = title("titleSv", content.titleSv(), true);
        this.bodySv = body("bodySv", content.bodySv(), true);
        this.titleEn = title("titleEn", content.titleEn(), false);
        this.bodyEn = body("bodyEn", content.bodyEn(), false);
        this.sortKeys = SortKeys.each(this::title);
        if ((titleEn == null) != (bodyEn == null)) {
            throw PortalException.invalidField(
                    titleEn == null ? "titleEn" : "bodyEn", "policy.version.translation.incomplete");
        }
        if (content.validFrom() == null) {
            throw PortalException.invalidField("validFrom", "policy.version.validFrom.required");
        }
        requireValidity(content.validFrom(), content.validUntil());
        this.validFrom = content.validFrom();
        this.validUntil = content.validUntil();
        String note = content.changeNote() == null || content.changeNote().isBlank()
                ? null
                : content.changeNote().trim();
        if (note != null && note.length() > MAX_NOTE) {
            throw PortalException.invalidField("changeNote", "policy.text.tooLong", MAX_NOTE);
        }
        this.changeNote = note;
        this.publishedAt = now;
        this.publishedBy = publishedBy;
    }

    private static String title(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw PortalException.invalidField(field, "policy.version.title.required");
            }
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > MAX_TITLE) {
            throw PortalException.invalidField(field, "policy.text.tooLong", MAX_TITLE);
        }
        return trimmed;
    }

    private static String body(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw PortalException.invalidField(field, "policy.version.body.required");
            }
            return null;
        }
        return value.strip();
    }

    void retire() {
        current = false;
    }

    /** Refuses a last day before the first day; a missing last day means "until further notice". */
    static void requireValidity(LocalDate from, LocalDate until) {
        if (until != null && from != null && until.isBefore(from)) {
            throw PortalException.invalidField("validUntil", "policy.version.validUntil.beforeFrom");
        }
    }

    /**
     * Moves the last day the version is valid (after a review it is extended, or it is to be
     * replaced): a date, not the text, so no new version is published and nobody is asked again.
     */
    void changeValidUntil(LocalDate until) {
        requireValidity(validFrom, until);
        validUntil = until;
    }

    /** The keys the list by title sorts by; for the entity's tests. */
    SortKeys sortKeys() {
        return sortKeys;
    }

    public VersionNumber number() {
        return new VersionNumber(major, minor);
    }

    /** The title in the reader's language, Swedish when there is no translation. */
    public String title(Locale locale) {
        return isEnglish(locale) && titleEn != null ? titleEn : titleSv;
    }

    public String body(Locale locale) {
        return isEnglish(locale) && bodyEn != null ? bodyEn : bodySv;
    }

    /** Whether the reader gets the text in their own language. */
    public boolean speaks(Locale locale) {
        return !isEnglish(locale) || bodyEn != null;
    }

    private static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }

    public PolicyDocument getDocument() {
        return document;
    }

    public int getMajor() {
        return major;
    }

    public int getMinor() {
        return minor;
    }

    public String getNumber() {
        return number().toString();
    }

    public boolean isCurrent() {
        return current;
    }

    public String getTitleSv() {
        return titleSv;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getBodySv() {
        return bodySv;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}
