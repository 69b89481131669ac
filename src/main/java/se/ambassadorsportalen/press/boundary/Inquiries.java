package se.ambassadorsportalen.press.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import se.ambassadorsportalen.organisation.boundary.CurrentUser;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.i18n.Messages;
import se.ambassadorsportalen.platform.layout.PortalSettings;
import se.ambassadorsportalen.platform.persistence.Page;
import se.ambassadorsportalen.platform.persistence.PageRequest;
import se.ambassadorsportalen.platform.persistence.Queries;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.press.control.InquiryFigures;
import se.ambassadorsportalen.press.control.InquiryFigures.Timing;
import se.ambassadorsportalen.press.control.PressTime;
import se.ambassadorsportalen.press.control.Router.Proposal;
import se.ambassadorsportalen.press.control.Router.Routing;
import se.ambassadorsportalen.press.entity.Inquiry;
import se.ambassadorsportalen.press.entity.InquiryChannel;
import se.ambassadorsportalen.press.entity.InquiryStatus;

/**
 * The log of media inquiries made to the organisation: logging with a routing proposal, the
 * board of open inquiries by deadline, state changes, the 30-day figures and the export of a
 * period (in Sweden the log can be a public document). Employees' own contacts with media are
 * never logged here: only the press desk logs, and only what was asked of the organisation.
 */
@Stateless
@RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.COMMUNICATOR})
public class Inquiries {

    /** What the press officer types when logging an inquiry. */
    public record InquiryDetails(String journalist, String outlet, InquiryChannel channel, String question,
                                 List<String> topicCodes, boolean political, boolean complex,
                                 LocalDateTime deadline, Long assigneeId) {
    }

    /** A logged inquiry with the proposal it was routed by. */
    public record Logged(Inquiry inquiry, Routing routing) {
    }

    public static final String WARNING_HOURS = "press.deadline.warningHours";
    public static final int DEFAULT_WARNING_HOURS = 2;
    public static final int FIGURE_DAYS = 30;
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @PersistenceContext
    EntityManager em;

    @Inject
    Spokespeople spokespeople;

    @Inject
    CurrentUser currentUser;

    @Inject
    PortalSettings settings;

    /**
     * Logs an inquiry received now, routes it, and notes the proposal's reason. With no assignee
     * chosen it stays NEW; the press officer assigns it (usually to the first proposal).
     */
    public Logged log(InquiryDetails details, Locale locale) {
        if (details == null) {
            throw PortalException.invalidField("question", "press.inquiry.questionRequired");
        }
        LocalDateTime now = PressTime.now();
        Inquiry inquiry = Inquiry.receive(details.journalist(), details.outlet(), details.channel(), details.question(),
                List.of(), details.political(), details.complex(), details.deadline(), now, currentUser.username());
        Routing routing = spokespeople.route(details.question(), details.topicCodes(), details.political(),
                details.complex(), now);
        inquiry.tag(routing.topicCodes());
        if (!routing.proposals().isEmpty()) {
            Proposal first = routing.proposals().get(0);
            inquiry.noteRouting(spokespeople.spokesperson(first.spokespersonId()),
                    first.name() + ": " + Spokespeople.explain(first.reasons(), locale));
        }
        if (details.assigneeId() != null) {
            inquiry.assign(spokespeople.spokesperson(details.assigneeId()));
        }
        em.persist(inquiry);
        return new Logged(inquiry, routing);
    }

    public Inquiry inquiry(long id) {
        return Optional.ofNullable(em.find(Inquiry.class, id))
                .orElseThrow(() -> PortalException.notFound("press.inquiry.notFound", id));
    }

    public Inquiry assign(long id, Long expectedVersion, long spokespersonId) {
        Inquiry inquiry = current(id, expectedVersion);
        inquiry.assign(spokespeople.spokesperson(spokespersonId));
        return inquiry;
    }

    public Inquiry answer(long id, Long expectedVersion) {
        Inquiry inquiry = current(id, expectedVersion);
        inquiry.answer(PressTime.now());
        return inquiry;
    }

    public Inquiry decline(long id, Long expectedVersion) {
        Inquiry inquiry = current(id, expectedVersion);
        inquiry.decline();
        return inquiry;
    }

    public Inquiry close(long id, Long expectedVersion) {
        Inquiry inquiry = current(id, expectedVersion);
        inquiry.close();
        return inquiry;
    }

    private Inquiry current(long id, Long expectedVersion) {
        Inquiry inquiry = inquiry(id);
        if (expectedVersion != null && inquiry.getVersion() != expectedVersion) {
            throw PortalException.conflict("platform.error.conflict");
        }
        return inquiry;
    }

    /** A page of the log, newest first unless sorted otherwise; filters: status, journalist, outlet. */
    public Page<Inquiry> page(PageRequest request) {
        InquiryStatus status = status(request.filter("status"));
        return Queries.page(em, Inquiry.class, request,
                Map.of("deadline", "deadline", "received", "receivedAt", "status", "status", "outlet", "outlet"),
                Map.of("journalist", "journalist", "outlet", "outlet", "question", "question"),
                (cb, root) -> status == null ? null : cb.equal(root.get("status"), status), "deadline");
    }

    /** The log filtered by status and by the period received (both ends optional), newest first, paged. */
    public Page<Inquiry> list(InquiryStatus status, LocalDateTime from, LocalDateTime to, PageRequest request) {
        return Queries.page(em, Inquiry.class, new PageRequest(request.first(), request.size(), "received", false,
                        Map.of()), Map.of("received", "receivedAt"), Map.of(),
                (cb, root) -> {
                    var predicate = cb.conjunction();
                    if (status != null) {
                        predicate = cb.and(predicate, cb.equal(root.get("status"), status));
                    }
                    if (from != null) {
                        predicate = cb.and(predicate, cb.greaterThanOrEqualTo(root.get("receivedAt"), from));
                    }
                    if (to != null) {
                        predicate = cb.and(predicate, cb.lessThan(root.get("receivedAt"), to));
                    }
                    return predicate;
                }, "receivedAt");
    }

    /** Open inquiries (new or assigned), the nearest deadline first. */
    public List<Inquiry> open(int max) {
        return em.createQuery("select i from Inquiry i left join fetch i.assignee a left join fetch a.person"
                        + " where i.status in :open order by i.deadline", Inquiry.class)
                .setParameter("open", List.of(InquiryStatus.NEW, InquiryStatus.ASSIGNED)).setMaxResults(max)
                .getResultList();
    }

    /** How close to its deadline an open inquiry must be to be highlighted and its assignee reminded. */
    @jakarta.annotation.security.PermitAll
    public Duration warningWindow() {
        try {
            return Duration.ofHours(Long.parseLong(settings.value(WARNING_HOURS, String.valueOf(DEFAULT_WARNING_HOURS))));
        } catch (NumberFormatException e) {
            return Duration.ofHours(DEFAULT_WARNING_HOURS);
        }
    }

    /** The figures of the last 30 days: inquiries received, share answered before the deadline, median time to answer. */
    public InquiryFigures figures() {
        LocalDateTime since = PressTime.now().minusDays(FIGURE_DAYS);
        List<Timing> timings = em.createQuery("select i.receivedAt, i.deadline, i.answeredAt from Inquiry i"
                        + " where i.receivedAt >= :since", Object[].class)
                .setParameter("since", since).getResultList().stream()
                .map(row -> new Timing((LocalDateTime) row[0], (LocalDateTime) row[1], (LocalDateTime) row[2])).toList();
        return InquiryFigures.of(timings);
    }

    /**
     * Writes the inquiries received in [from, to) as CSV (RFC 4180, with a BOM-less UTF-8 header row
     * in the caller's language). Streams in pages so a long period never sits in memory.
     */
    @RolesAllowed(Role.Names.PRESS_OFFICER)
    public int exportCsv(LocalDateTime from, LocalDateTime to, Locale locale, Writer out) {
        if (from == null || to == null) {
            throw PortalException.invalidField("from", "press.export.periodRequired");
        }
        if (!to.isAfter(from)) {
            throw PortalException.invalidField("to", "press.export.periodOrder");
        }
        String[] header = {"id", "received", "journalist", "outlet", "channel", "question", "topics", "deadline",
                "assignee", "status", "answered"};
        String[] translated = java.util.Arrays.stream(header)
                .map(h -> label(locale, "press.export.column.", h)).toArray(String[]::new);
        int written = 0;
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(translated).get())) {
            int first = 0;
            while (true) {
                List<Inquiry> batch = em.createQuery("select i from Inquiry i left join fetch i.assignee a"
                                + " left join fetch a.person where i.receivedAt >= :from and i.receivedAt < :to"
                                + " order by i.receivedAt, i.id", Inquiry.class)
                        .setParameter("from", from).setParameter("to", to).setFirstResult(first).setMaxResults(500)
                        .getResultList();
                for (Inquiry i : batch) {
                    csv.printRecord(i.getId(), CSV_TIME.format(i.getReceivedAt()), i.getJournalist(), i.getOutlet(),
                            label(locale, "press.channel.", i.getChannel().name()), i.getQuestion(), i.getTopicCodes(),
                            CSV_TIME.format(i.getDeadline()), i.getAssignee() == null ? null : i.getAssignee().getDisplayName(),
                            label(locale, "press.status.", i.getStatus().name()),
                            i.getAnsweredAt() == null ? null : CSV_TIME.format(i.getAnsweredAt()));
                    written++;
                }
                if (batch.size() < 500) {
                    break;
                }
                first += 500;
                em.clear();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    /** The text of an enumerated value: its key is a prefix ending in a dot plus the value's name. */
    private static String label(Locale locale, String prefix, String name) {
        String key = prefix + name;
        return Messages.text(locale, key);
    }

    static InquiryStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return InquiryStatus.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PortalException.invalidField("status", "press.inquiry.statusUnknown", text);
        }
    }
}
