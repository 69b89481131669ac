package se.ambassadorsportalen.policy.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

/**
 * A governing document (policy, guideline or routine) with its whole publishing history. The
 * document guards the versioning rules: a published version is never changed, a new one must
 * number higher than the current one, and only a new major version asks employees to
 * acknowledge again.
 */
@Entity
@Table(name = "policy_document")
public class PolicyDocument extends VersionedEntity {

    static final int MAX_NAME = 200;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type", nullable = false, length = 20)
    private DocumentType type;

    @Column(name = "owner_name", nullable = false, length = MAX_NAME)
    private String ownerName;

    @Column(name = "adopted_by", nullable = false, length = MAX_NAME)
    private String adoptedBy;

    @Column(name = "requires_ack", nullable = false)
    private boolean requiresAcknowledgement;

    @Column(name = "ack_due")
    private LocalDate acknowledgementDue;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "document", cascade = CascadeType.PERSIST)
    @OrderBy("major ASC, minor ASC")
    private List<PolicyVersion> versions = new ArrayList<>();

    protected PolicyDocument() {}

    /** A new document with its first published version. */
    public static PolicyDocument create(
            DocumentSettings settings, VersionNumber first, PolicyContent content, String publishedBy, Instant now) {
        PolicyDocument document = new PolicyDocument();
        document.createdAt = now;
        document.changeSettings(settings);
        document.versions.add(
                new PolicyVersion(document, first == null ? VersionNumber.FIRST : first, content, publishedBy, now));
        return document;
    }

    /** Type, owner, adopting body and whether (and by when) employees must acknowledge it. */
    public void changeSettings(DocumentSettings settings) {
        if (settings.type() == null) {
            throw PortalException.invalidField("type", "policy.document.type.required");
        }
        type = settings.type();
        ownerName = required("ownerName", "policy.document.owner.required", settings.ownerName());
        adoptedBy = required("adoptedBy", "policy.document.adoptedBy.required", settings.adoptedBy());
        requiresAcknowledgement = settings.requiresAcknowledgement();
        acknowledgementDue = settings.requiresAcknowledgement() ? settings.acknowledgementDue() : null;
    }

    /**
     * Changes what is around the text without publishing a new version: the owner (someone left),
     * the adopting body, the kind, whether and by when employees must acknowledge it (a due date
     * moved), and the current version's last valid day. The text, the version number and every
     * acknowledgement stay as they are, so nobody is asked to acknowledge again for a new owner.
     * Checked whole before anything changes.
     */
    public void adjust(DocumentSettings settings, LocalDate validUntil) {
        PolicyVersion.requireValidity(current().getValidFrom(), validUntil);
        changeSettings(settings);
        current().changeValidUntil(validUntil);
    }

    /**
     * Publishes a new version. Refuses a number that is not above the current one (versions never
     * go backwards or repeat); the earlier versions stay readable.
     */
    public PolicyVersion publish(VersionNumber number, PolicyContent content, String publishedBy, Instant now) {
        PolicyVersion current = current();
        if (number == null) {
            throw PortalException.invalidField("versionNumber", "policy.version.number.required");
        }
        if (number.compareTo(current.number()) <= 0) {
            throw PortalException.invalidField(
                    "versionNumber",
                    "policy.version.number.backwards",
                    number.toString(),
                    current.number().toString());
        }
        PolicyVersion next = new PolicyVersion(this, number, content, publishedBy, now);
        current.retire();
        versions.add(next);
        return next;
    }

    public PolicyVersion current() {
        return versions.stream()
                .filter(PolicyVersion::isCurrent)
                .findFirst()
                .orElseGet(() -> versions.get(versions.size() - 1));
    }

    public Optional<PolicyVersion> version(VersionNumber number) {
        return versions.stream().filter(v -> v.number().equals(number)).findFirst();
    }

    /** The number a writer is offered for the next change: a minor correction of the current one. */
    public VersionNumber suggestedNext() {
        return current().number().nextMinor();
    }

    /**
     * Records that {@code person} has read and understood the current version. Refused for a
     * document that does not ask for acknowledgement.
     */
    public PolicyAcknowledgement acknowledge(Person person, Instant now) {
        if (!requiresAcknowledgement) {
            throw PortalException.conflict("policy.ack.notRequired");
        }
        return new PolicyAcknowledgement(this, current(), person, now);
    }

    /**
     * Whether an earlier acknowledgement still covers the current version: it does when it was
     * given for the same major version (a minor correction does not ask again).
     */
    public boolean isCoveredBy(PolicyAcknowledgement acknowledgement) {
        return acknowledgement != null
                && acknowledgement.getDocument().equals(this)
                && acknowledgement.getMajor() == current().number().major();
    }

    private static String required(String field, String key, String value) {
        if (value == null || value.isBlank()) {
            throw PortalException.invalidField(field, key);
        }
        String trimmed = value.trim();
        if (trimmed.length() > MAX_NAME) {
            throw PortalException.invalidField(field, "policy.text.tooLong", MAX_NAME);
        }
        return trimmed;
    }

    public DocumentType getType() {
        return type;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public String getAdoptedBy() {
        return adoptedBy;
    }

    public boolean isRequiresAcknowledgement() {
        return requiresAcknowledgement;
    }

    public LocalDate getAcknowledgementDue() {
        return acknowledgementDue;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Oldest first. */
    public List<PolicyVersion> getVersions() {
        return Collections.unmodifiableList(versions);
    }

    public PolicyVersion getCurrent() {
        return current();
    }

    public DocumentSettings settings() {
        return new DocumentSettings(type, ownerName, adoptedBy, requiresAcknowledgement, acknowledgementDue);
    }
}
