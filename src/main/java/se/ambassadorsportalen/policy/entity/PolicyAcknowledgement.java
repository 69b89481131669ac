package se.ambassadorsportalen.policy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

/**
 * "I have read and understood": who, which version and when. Kept per major version, so a
 * new major version asks again while the record of the earlier one stays.
 */
@Entity
@Table(name = "policy_acknowledgement")
public class PolicyAcknowledgement extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", nullable = false)
    private PolicyDocument document;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "policy_version_id", nullable = false)
    private PolicyVersion policyVersion;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Column(name = "major_no", nullable = false)
    private int major;

    @Column(name = "acknowledged_at", nullable = false)
    private Instant acknowledgedAt;

    protected PolicyAcknowledgement() {}

    PolicyAcknowledgement(PolicyDocument document, PolicyVersion version, Person person, Instant now) {
        this.document = document;
        this.policyVersion = version;
        this.person = person;
        this.major = version.getMajor();
        this.acknowledgedAt = now;
    }

    public PolicyDocument getDocument() {
        return document;
    }

    public PolicyVersion getPolicyVersion() {
        return policyVersion;
    }

    public Person getPerson() {
        return person;
    }

    public int getMajor() {
        return major;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }
}
