package se.ambassadorsportalen.lobbying.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.SortKeys;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

/**
 * A meeting in the open lobbying register. It is public from the moment it is recorded. It can be
 * corrected, and each correction adds a {@link LobbyingRevision} with the note saying what changed,
 * so a reader sees every earlier wording; it can be withdrawn with a reason, after which it stays
 * listed as withdrawn. There is no way to delete one: that is the point of the register.
 */
@Entity
@Table(name = "lobbying_meeting")
public class LobbyingMeeting extends VersionedEntity {

    @Embedded
    private MeetingContent content;

    /** The issue's place in each language's alphabet, for the register sorted by issue. */
    @Embedded
    private SortKeys sortKeys;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingStatus status;

    @Column(name = "withdrawn_reason", length = 1000)
    private String withdrawnReason;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "revision_count", nullable = false)
    private int revisionCount;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.PERSIST)
    @OrderBy("number DESC")
    private List<LobbyingRevision> revisions = new ArrayList<>();

    protected LobbyingMeeting() {}

    /** Records a meeting as it happened; its first revision is the entry as recorded. */
    public static LobbyingMeeting record(MeetingDetails details, String by, Instant at) {
        LobbyingMeeting meeting = new LobbyingMeeting();
        meeting.status = MeetingStatus.PUBLISHED;
        meeting.recordedBy = by;
        meeting.recordedAt = at;
        meeting.apply(details.checked(), by, at, null);
        return meeting;
    }

    /** Corrects the entry; the note says what changed and why, and the earlier wording stays in the history. */
    public void correct(MeetingDetails details, String note, String by, Instant at) {
        if (status == MeetingStatus.WITHDRAWN) {
            throw PortalException.conflict("lobbying.withdrawn.noCorrection");
        }
        MeetingDetails checked = details.checked();
        if (note == null || note.isBlank()) {
            throw PortalException.invalidField("note", "lobbying.note.required");
        }
        if (checked.equals(getDetails())) {
            throw PortalException.invalid("lobbying.correction.unchanged");
        }
        apply(checked, by, at, limit(note.strip(), 1000, "note"));
    }

    /** Withdraws the entry (recorded by mistake, or about a meeting that did not happen); it stays listed with the reason. */
    public void withdraw(String reason, String by, Instant at) {
        if (status == MeetingStatus.WITHDRAWN) {
            throw PortalException.conflict("lobbying.withdrawn.already");
        }
        if (reason == null || reason.isBlank()) {
            throw PortalException.invalidField("reason", "lobbying.reason.required");
        }
        status = MeetingStatus.WITHDRAWN;
        withdrawnReason = limit(reason.strip(), 1000, "reason");
        revise(getDetails(), by, at, withdrawnReason);
    }

    private void apply(MeetingDetails checked, String by, Instant at, String note) {
        content = new MeetingContent(checked);
        sortKeys = SortKeys.of(checked.issue());
        revise(checked, by, at, note);
    }

    private void revise(MeetingDetails checked, String by, Instant at, String note) {
        revisionCount++;
        updatedAt = at;
        revisions.add(0, new LobbyingRevision(this, revisionCount, checked, status, note, by, at));
    }

    private static String limit(String text, int max, String field) {
        if (text.length() > max) {
            throw PortalException.invalidField(field, "lobbying.field.tooLong", max);
        }
        return text;
    }

    public boolean isWithdrawn() {
        return status == MeetingStatus.WITHDRAWN;
    }

    /** What the entry says (in a revision: what it said then). */
    public MeetingDetails getDetails() {
        return content.details();
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public String getWithdrawnReason() {
        return withdrawnReason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getRevisionCount() {
        return revisionCount;
    }

    /** Newest first. */
    public List<LobbyingRevision> getRevisions() {
        return Collections.unmodifiableList(revisions);
    }
}
