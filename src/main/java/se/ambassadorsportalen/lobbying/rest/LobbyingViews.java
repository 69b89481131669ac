package se.ambassadorsportalen.lobbying.rest;

import java.util.List;
import se.ambassadorsportalen.lobbying.entity.LobbyingMeeting;
import se.ambassadorsportalen.lobbying.entity.LobbyingRevision;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * What the register publishes of an entry. Who typed it into the portal is kept for the portal's
 * own audit and not published: the entry names the people who met, which is what the policy asks.
 */
public final class LobbyingViews {

    private LobbyingViews() {}

    public record MeetingView(
            long id,
            long version,
            String date,
            String ourPeople,
            String organisations,
            String issue,
            String position,
            List<String> links,
            String status,
            String withdrawnReason,
            String recordedAt,
            String updatedAt,
            int revisions) {
        public static MeetingView of(LobbyingMeeting m) {
            return new MeetingView(
                    m.getId(),
                    m.getVersion(),
                    m.getDetails().date().toString(),
                    m.getDetails().ourPeople(),
                    m.getDetails().counterparts(),
                    m.getDetails().issue(),
                    m.getDetails().position(),
                    m.getDetails().linkList(),
                    m.getStatus().name(),
                    m.getWithdrawnReason(),
                    PortalTime.iso(m.getRecordedAt()),
                    PortalTime.iso(m.getUpdatedAt()),
                    m.getRevisionCount());
        }
    }

    public record RevisionView(
            int number,
            String changedAt,
            String note,
            String date,
            String ourPeople,
            String organisations,
            String issue,
            String position,
            List<String> links,
            String status) {
        public static RevisionView of(LobbyingRevision r) {
            return new RevisionView(
                    r.getNumber(),
                    PortalTime.iso(r.getChangedAt()),
                    r.getNote(),
                    r.getDetails().date().toString(),
                    r.getDetails().ourPeople(),
                    r.getDetails().counterparts(),
                    r.getDetails().issue(),
                    r.getDetails().position(),
                    r.getDetails().linkList(),
                    r.getStatus().name());
        }
    }

    public record MeetingWithHistory(MeetingView meeting, List<RevisionView> revisions) {
        public static MeetingWithHistory of(LobbyingMeeting m) {
            return new MeetingWithHistory(
                    MeetingView.of(m),
                    m.getRevisions().stream().map(RevisionView::of).toList());
        }
    }

    public record MeetingPage(List<MeetingView> items, long total, int first, int size) {}

    /** A new entry or a correction's new wording; {@code date} as 2026-11-30. */
    public record MeetingInput(
            String date, String ourPeople, String organisations, String issue, String position, List<String> links) {}

    public record Correction(long version, MeetingInput meeting, String note) {}

    public record Withdrawal(long version, String reason) {}
}
