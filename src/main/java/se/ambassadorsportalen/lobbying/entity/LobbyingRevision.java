package se.ambassadorsportalen.lobbying.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

/** One state a register entry has had, with who changed it, when and why. Written once, never changed. */
@Entity
@Table(name = "lobbying_revision")
public class LobbyingRevision extends VersionedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private LobbyingMeeting meeting;

    @Column(name = "revision_no", nullable = false)
    private int number;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    @Column(name = "change_note", length = 1000)
    private String note;

    @Embedded
    private MeetingContent content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingStatus status;

    protected LobbyingRevision() {}

    LobbyingRevision(
            LobbyingMeeting meeting,
            int number,
            MeetingDetails details,
            MeetingStatus status,
            String note,
            String by,
            Instant at) {
        this.meeting = meeting;
        this.number = number;
        this.content = new MeetingContent(details);
        this.status = status;
        this.note = note;
        this.changedBy = by;
        this.changedAt = at;
    }

    public int getNumber() {
        return number;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getNote() {
        return note;
    }

    /** What the entry says (in a revision: what it said then). */
    public MeetingDetails getDetails() {
        return content.details();
    }

    public MeetingStatus getStatus() {
        return status;
    }
}
