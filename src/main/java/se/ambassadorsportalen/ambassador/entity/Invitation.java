package se.ambassadorsportalen.ambassador.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

/** An ambassador invited a colleague to sign up; counted per ambassador. */
@Entity
@EntityListeners(DirectoryTouch.class)
@Table(name = "ambassador_invitation")
public class Invitation extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ambassador_id")
    private Ambassador ambassador;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invitee_id")
    private Person invitee;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected Invitation() {}

    public Invitation(Ambassador ambassador, Person invitee, Instant sentAt) {
        this.ambassador = ambassador;
        this.invitee = invitee;
        this.sentAt = sentAt;
    }

    public Person getInvitee() {
        return invitee;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
