package se.ambassadorsportalen.lobbying.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import se.ambassadorsportalen.lobbying.entity.LobbyingMeeting;
import se.ambassadorsportalen.lobbying.entity.MeetingDetails;
import se.ambassadorsportalen.organisation.boundary.CurrentUser;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.Page;
import se.ambassadorsportalen.platform.persistence.PageRequest;
import se.ambassadorsportalen.platform.persistence.Queries;
import se.ambassadorsportalen.platform.security.OpenOnPurpose;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * The lobbying register's entry points. Reading is open to anyone, signed in or not (the
 * register is public by policy); recording, correcting and withdrawing are for managers, the
 * officials who meet organisations, and communicators, who record for elected officials.
 * There is deliberately no delete.
 */
@Stateless
public class LobbyingRegister {

    /** Filters a reader may use: the issue and the organisation or interest met, matched as "contains". */
    public static final String ISSUE = "issue";

    public static final String ORGANISATION = "organisation";
    private static final Map<String, String> FILTERS =
            Map.of(ISSUE, "content.issue", ORGANISATION, "content.counterparts");
    /** The issue in the reader's alphabet, by its sort keys ({@link LobbyingMeeting}). */
    private static final Map<String, String> SORTS = Map.of("date", "content.date", ISSUE, "sortKeys");

    private static final int EXPORT_CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** Newest meetings first, withdrawn ones included (marked), one page read in the database. */
    @PermitAll
    @OpenOnPurpose("the open lobbying register, public by policy")
    public Page<LobbyingMeeting> meetings(PageRequest request) {
        PageRequest newestFirst = request.sortField() == null
                ? new PageRequest(request.first(), request.size(), "date", false, request.filters())
                : request;
        return Queries.page(em, LobbyingMeeting.class, newestFirst, SORTS, FILTERS, null, "content.date");
    }

    /** One entry with its history. */
    @PermitAll
    @OpenOnPurpose("one entry of the public register, with its history")
    public LobbyingMeeting meeting(long id) {
        LobbyingMeeting meeting = em.find(LobbyingMeeting.class, id);
        if (meeting == null) {
            throw PortalException.notFound("lobbying.notFound");
        }
        meeting.getRevisions().size();
        return meeting;
    }

    /** Every entry the filters match, newest first, handed over a chunk at a time so an export never holds the whole register. */
    @PermitAll
    @OpenOnPurpose("the public register's export and feed")
    public void eachMeeting(Map<String, String> filters, Consumer<LobbyingMeeting> consumer) {
        int first = 0;
        while (true) {
            List<LobbyingMeeting> chunk = meetings(new PageRequest(first, EXPORT_CHUNK, "date", false, filters))
                    .items();
            chunk.forEach(consumer);
            if (chunk.size() < EXPORT_CHUNK) {
                return;
            }
            em.clear();
            first += EXPORT_CHUNK;
        }
    }

    @RolesAllowed({Role.Names.MANAGER, Role.Names.COMMUNICATOR})
    public LobbyingMeeting record(MeetingDetails details) {
        LobbyingMeeting meeting = LobbyingMeeting.record(details, currentUser.username(), PortalTime.moment());
        em.persist(meeting);
        return meeting;
    }

    @RolesAllowed({Role.Names.MANAGER, Role.Names.COMMUNICATOR})
    public LobbyingMeeting correct(long id, long version, MeetingDetails details, String note) {
        LobbyingMeeting meeting = current(id, version);
        meeting.correct(details, note, currentUser.username(), PortalTime.moment());
        em.flush();
        return meeting;
    }

    @RolesAllowed({Role.Names.MANAGER, Role.Names.COMMUNICATOR})
    public LobbyingMeeting withdraw(long id, long version, String reason) {
        LobbyingMeeting meeting = current(id, version);
        meeting.withdraw(reason, currentUser.username(), PortalTime.moment());
        em.flush();
        return meeting;
    }

    private LobbyingMeeting current(long id, long version) {
        LobbyingMeeting meeting = meeting(id);
        if (meeting.getVersion() != version) {
            throw PortalException.conflict("lobbying.changedMeanwhile");
        }
        return meeting;
    }
}
