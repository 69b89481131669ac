package se.ambassadorsportalen.story.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

/**
 * One person pictured in a story and their answer: the consent ledger. A colleague answers
 * for themself in the portal; for someone outside the organisation the author records how
 * consent was obtained, which counts as given. Only the person concerned answers or withdraws.
 */
@Entity
@Table(name = "story_consent")
public class Consent extends VersionedEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "story_id", nullable = false)
    private Story story;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "external_name", length = 200)
    private String externalName;

    @Column(name = "external_method", length = 1000)
    private String externalMethod;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConsentStatus status = ConsentStatus.PENDING;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected Consent() {}

    static Consent colleague(Story story, Person person, Instant now) {
        Consent consent = new Consent();
        consent.story = story;
        consent.person = person;
        consent.requestedAt = now;
        return consent;
    }

    static Consent external(Story story, String name, String howObtained, Instant now) {
        if (name == null || name.isBlank()) {
            throw PortalException.invalidField("externalName", "story.consent.external.nameRequired");
        }
        if (howObtained == null || howObtained.isBlank()) {
            throw PortalException.invalidField("externalMethod", "story.consent.external.methodRequired");
        }
        if (name.trim().length() > 200 || howObtained.trim().length() > 1000) {
            throw PortalException.invalidField("externalMethod", "story.consent.external.tooLong");
        }
        Consent consent = new Consent();
        consent.story = story;
        consent.externalName = name.trim();
        consent.externalMethod = howObtained.trim();
        consent.requestedAt = now;
        consent.answeredAt = now;
        consent.status = ConsentStatus.GIVEN;
        return consent;
    }

    /**
     * Yes or no from the person themself; a refusal or a withdrawn consent may later become a yes
     * (consenting again), never a given consent a no (that is a withdrawal).
     */
    void answer(Person by, boolean yes, Instant now) {
        requireSubject(by);
        boolean open = status == ConsentStatus.PENDING || status == ConsentStatus.REFUSED;
        if (!open && !(yes && status == ConsentStatus.WITHDRAWN)) {
            throw PortalException.conflict("story.consent.alreadyAnswered");
        }
        status = yes ? ConsentStatus.GIVEN : ConsentStatus.REFUSED;
        answeredAt = now;
    }

    void withdraw(Person by, Instant now) {
        boolean recordedByAuthor = person == null && story.getAuthor().equals(by);
        if (!recordedByAuthor) {
            requireSubject(by);
        }
        if (status != ConsentStatus.GIVEN) {
            throw PortalException.conflict("story.consent.notGiven");
        }
        status = ConsentStatus.WITHDRAWN;
        answeredAt = now;
    }

    private void requireSubject(Person by) {
        if (person == null || !person.equals(by)) {
            throw PortalException.forbidden("story.consent.notYours");
        }
    }

    public boolean isGiven() {
        return status == ConsentStatus.GIVEN;
    }

    public boolean isExternal() {
        return person == null;
    }

    public String getDisplayName() {
        return person == null ? externalName : person.getDisplayName();
    }

    public Story getStory() {
        return story;
    }

    public Person getPerson() {
        return person;
    }

    public String getExternalName() {
        return externalName;
    }

    public String getExternalMethod() {
        return externalMethod;
    }

    public ConsentStatus getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
