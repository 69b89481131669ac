package se.ambassadorsportalen.press.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import se.ambassadorsportalen.organisation.boundary.CurrentUser;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.export.ExcelCsv;
import se.ambassadorsportalen.platform.i18n.Messages;
import se.ambassadorsportalen.platform.layout.PortalSettings;
import se.ambassadorsportalen.platform.persistence.Page;
import se.ambassadorsportalen.platform.persistence.PageRequest;
import se.ambassadorsportalen.platform.persistence.Queries;
import se.ambassadorsportalen.platform.security.OpenOnPurpose;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.time.PortalTime;
import se.ambassadorsportalen.press.control.DueSoonInquiries;
import se.ambassadorsportalen.press.control.InquiryFigures;
import se.ambassadorsportalen.press.control.InquiryFigures.Timing;
import se.ambassadorsportalen.press.control.InquiryLog;
import se.ambassadorsportalen.press.control.PressTime;
import se.ambassadorsportalen.press.control.RecentInquiryFigures;
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
    public record InquiryDetails(
            String journalist,
            String outlet,
            InquiryChannel channel,
            String question,
            List<String> topicCodes,
            boolean political,
            boolean complex,
            Instant deadline,
            Long assigneeId) {}

    /** A logged inquiry with the proposal it was routed by. */
    public record Logged(Inquiry inquiry, Routing routing) {}

    public static final String WARNING_HOURS = "press.deadline.warningHours";
    public static final int DEFAULT_WARNING_HOURS = 2;
    public static final int FIGURE_DAYS = 30;

    @PersistenceContext
    EntityManager em;

    @Inject
    Spokespeople spokespeople;

    @Inject
    CurrentUser currentUser;

    @Inject
    PortalSettings settings;

    @Inject
    RecentInquiryFigures recentFigures;

    @Inject
    DueSoonInquiries dueSoon;

    /**
     * Logs an inquiry received now, routes it, and notes the proposal's reason. With no assignee
     * chosen it stays NEW; the press officer assigns it (usually to the first proposal).
     */
    public Logged log(InquiryDetails details, Locale locale) {
        if (details == null) {
            throw PortalException.invalidField("question", "press.inquiry.questionRequired");
        }
        Instant now = PressTime.now();
        Inquiry inquiry = Inquiry.receive(
                details.journalist(),
                details.outlet(),
                details.channel(),
                details.question(),
                List.of(),
                details.political(),
                details.complex(),
                details.deadline(),
                now,
                currentUser.username());
        Routing routing = spokespeople.route(
                details.question(), details.topicCodes(), details.political(), details.complex(), now);
        inquiry.tag(routing.topicCodes());
        if (!routing.proposals().isEmpty()) {
            Proposal first = routing.proposals().get(0);
            inquiry.noteRouting(
                    spokespeople.spokesperson(first.spokespersonId()),
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

    /**
     * A page of the log, by deadline unless sorted otherwise. Filters: journalist, outlet and question
     * contain the text; received and deadline are a day, month or year ("2026-11", see {@code
     * TypedPeriod}); status is the status as the reader's language shows it ("ny" finds the new ones).
     * Text in a date filter that is no date is refused at that field.
     */
    public Page<Inquiry> page(PageRequest request) {
        return Queries.page(
                em,
                Inquiry.class,
                request,
                Map.of("deadline", "deadline", "received", "receivedAt", "status", "status", "outlet", "sortKeys"),
                Map.of("journalist", "journalist", "outlet", "outlet", "question", "question"),
                (cb, root) -> Queries.allOf(
                        cb,
                        Queries.within(cb, root, "receivedAt", request, "received"),
                        Queries.within(cb, root, "deadline", request, "deadline"),
                        Queries.labelled(cb, root, "status", InquiryStatus.class, request, "status")),
                "deadline",
                "assignee",
                "assignee.person");
    }

    /** The log filtered by status and by the period received (both ends optional), newest first, paged. */
    public Page<Inquiry> list(InquiryStatus status, Instant from, Instant to, PageRequest request) {
        return Queries.page(
                em,
                Inquiry.class,
                new PageRequest(request.first(), request.size(), "received", false, Map.of()),
                Map.of("received", "receivedAt"),
                Map.of(),
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
                },
                "receivedAt");
    }

    /** Open inquiries (new or assigned), the nearest deadline first. */
    public List<Inquiry> open(int max) {
        return open(PageRequest.of(0, max)).items();
    }

    /** The open inquiries, the nearest deadline first, a page at a time: the board. */
    @RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.COMMUNICATOR})
    public Page<Inquiry> open(PageRequest request) {
        return Queries.page(
                em,
                Inquiry.class,
                request,
                Map.of("deadline", "deadline"),
                Map.of(),
                (cb, root) -> root.get("status").in(InquiryStatus.NEW, InquiryStatus.ASSIGNED),
                "deadline",
                "assignee",
                "assignee.person");
    }

    /**
     * How many open inquiries are past their deadline or within the warning window of it: the press
     * desk's to-do. One count over the open inquiries (status and deadline), whatever their number,
     * shared by the desk for a few seconds ({@link DueSoonInquiries}).
     */
    @RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.COMMUNICATOR})
    public long dueSoonCount() {
        return dueSoon.count(this::countDueSoon);
    }

    private long countDueSoon() {
        return em.createQuery(
                        "select count(i) from Inquiry i where i.status in :open and i.deadline <= :limit", Long.class)
                .setParameter("open", List.of(InquiryStatus.NEW, InquiryStatus.ASSIGNED))
                .setParameter("limit", PressTime.now().plus(warningWindow()))
                .getSingleResult();
    }

    /** How close to its deadline an open inquiry must be to be highlighted and its assignee reminded. */
    @jakarta.annotation.security.PermitAll
    @OpenOnPurpose("a configured duration, read by the housekeeping timer without a caller")
    public Duration warningWindow() {
        try {
            return Duration.ofHours(
                    Long.parseLong(settings.value(WARNING_HOURS, String.valueOf(DEFAULT_WARNING_HOURS))));
        } catch (NumberFormatException e) {
            return Duration.ofHours(DEFAULT_WARNING_HOURS);
        }
    }

    /** The figures of the last 30 days: inquiries received, share answered before the deadline, median time to answer. */
    public InquiryFigures figures() {
        return recentFigures.figures(this::readFigures);
    }

    private InquiryFigures readFigures() {
        Instant since = PressTime.now().minus(Duration.ofDays(FIGURE_DAYS));
        List<Timing> timings = em
                .createQuery(
                        "select i.receivedAt, i.deadline, i.answeredAt from Inquiry i"
                                + " where i.receivedAt >= :since",
                        Object[].class)
                .setParameter("since", since)
                .getResultList()
                .stream()
                .map(row -> new Timing(
                        PortalTime.local((Instant) row[0]),
                        PortalTime.local((Instant) row[1]),
                        PortalTime.local((Instant) row[2])))
                .toList();
        return InquiryFigures.of(timings);
    }

    /** The formats the log is exported in: CSV (RFC 4180) and an Excel workbook. */
    public enum ExportFormat {
        /** What a Swedish Excel opens with a double click: semicolons and a UTF-8 byte order mark ({@link ExcelCsv}). */
        CSV("text/csv; charset=UTF-8", "csv"),
        /** RFC 4180 (commas, no byte order mark), for scripts and other programs: {@code format=csv-comma}. */
        CSV_COMMA("text/csv; charset=UTF-8", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        private final String mediaType;
        private final String extension;

        ExportFormat(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }

        /** The format a client named ("csv", "xlsx", any case); anything else is refused at the field. */
        public static ExportFormat of(String text) {
            String wanted = text == null || text.isBlank()
                    ? "CSV"
                    : text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            return java.util.Arrays.stream(values())
                    .filter(f -> f.name().equals(wanted))
                    .findFirst()
                    .orElseThrow(() -> PortalException.invalidField("format", "press.export.format", text));
        }
    }

    /** How many inquiries the export reads from the database at a time. */
    static final int EXPORT_BATCH = 500;

    private static final String[] EXPORT_COLUMNS = {
        "id",
        "received",
        "journalist",
        "outlet",
        "channel",
        "question",
        "topics",
        "deadline",
        "assignee",
        "status",
        "answered"
    };

    /**
     * The period of an export as dates, both inclusive: refused at the field when an end is missing
     * or the period ends before it starts. Made before anything is written, so a refusal is still a
     * clear answer and not half a file.
     */
    public record ExportPeriod(java.time.LocalDate first, java.time.LocalDate last) {

        public ExportPeriod {
            if (first == null) {
                throw PortalException.invalidField("from", "press.export.periodRequired");
            }
            if (last == null) {
                throw PortalException.invalidField("to", "press.export.periodRequired");
            }
            if (last.isBefore(first)) {
                throw PortalException.invalidField("to", "press.export.periodOrder");
            }
        }

        /** The first instant of the period: its first day's midnight in the portal's zone. */
        public Instant from() {
            return PortalTime.typed(first.atStartOfDay());
        }

        /** The first instant after the period. */
        public Instant until() {
            return PortalTime.typed(last.plusDays(1).atStartOfDay());
        }

        /** The name the file is offered under in the reader's language, the same from the page and the API. */
        public String fileName(ExportFormat format, Locale locale) {
            return Messages.text(
                    locale, "press.export.fileName", first.toString(), last.toString(), format.extension());
        }
    }

    /**
     * Writes the inquiries received in [from, to) in the given format, oldest first, with a header
     * row in the caller's language. Reads the period a batch at a time (keyset paging on received
     * time and id) and the workbook keeps only a window of rows in memory, so a long period never
     * sits in memory as a whole. Returns how many inquiries were written.
     */
    @RolesAllowed(Role.Names.PRESS_OFFICER)
    public int export(Instant from, Instant to, ExportFormat format, Locale locale, OutputStream out) {
        if (from == null || to == null) {
            throw PortalException.invalidField("from", "press.export.periodRequired");
        }
        if (!to.isAfter(from)) {
            throw PortalException.invalidField("to", "press.export.periodOrder");
        }
        Map<String, String> topics = topicNames();
        List<String> header = java.util.Arrays.stream(EXPORT_COLUMNS)
                .map(h -> label(locale, "press.export.column.", h))
                .toList();
        try (InquiryLog.Writer log = switch (format) {
            case XLSX -> InquiryLog.workbook(Messages.text(locale, "press.export.sheet"), header, out);
            case CSV -> InquiryLog.excelCsv(header, out);
            case CSV_COMMA -> InquiryLog.csv(header, out);
        }) {
            int written = forEachInquiry(
                    from,
                    to,
                    i -> log.add(new InquiryLog.Line(
                            i.getId(),
                            PortalTime.local(i.getReceivedAt()),
                            i.getJournalist(),
                            i.getOutlet(),
                            label(locale, "press.channel.", i.getChannel().name()),
                            i.getQuestion(),
                            topicNames(i, topics),
                            PortalTime.local(i.getDeadline()),
                            assignee(i),
                            label(locale, "press.status.", i.getStatus().name()),
                            PortalTime.local(i.getAnsweredAt()))));
            log.finish();
            return written;
        }
    }

    /** Every topic's name by its code: one query per export, as a period holds inquiries about many topics. */
    private Map<String, String> topicNames() {
        Map<String, String> names = new java.util.HashMap<>();
        em.createQuery("select t.code, t.name from Topic t", Object[].class)
                .getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    /** The names of an inquiry's topics, for people reading the export ("Tandvård, Avgifter"), not the internal codes. */
    static String topicNames(Inquiry inquiry, Map<String, String> names) {
        return inquiry.topicCodeList().stream()
                .map(code -> names.getOrDefault(code, code))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static String assignee(Inquiry inquiry) {
        return inquiry.getAssignee() == null ? null : inquiry.getAssignee().getDisplayName();
    }

    /**
     * Hands every inquiry received in [from, to) to the sink, oldest first, reading a batch at a
     * time after the last one seen (received time, then id) and clearing the persistence context
     * between batches.
     */
    private int forEachInquiry(Instant from, Instant to, Consumer<Inquiry> sink) {
        Instant lastAt = from;
        long lastId = -1;
        int written = 0;
        while (true) {
            List<Inquiry> batch = em.createQuery(
                            "select i from Inquiry i left join fetch i.assignee a"
                                    + " left join fetch a.person where i.receivedAt >= :from and i.receivedAt < :to"
                                    + " and (i.receivedAt > :lastAt or (i.receivedAt = :lastAt and i.id > :lastId))"
                                    + " order by i.receivedAt, i.id",
                            Inquiry.class)
                    .setParameter("from", from)
                    .setParameter("to", to)
                    .setParameter("lastAt", lastAt)
                    .setParameter("lastId", lastId)
                    .setMaxResults(EXPORT_BATCH)
                    .getResultList();
            for (Inquiry inquiry : batch) {
                sink.accept(inquiry);
                written++;
            }
            if (batch.size() < EXPORT_BATCH) {
                return written;
            }
            Inquiry last = batch.get(batch.size() - 1);
            lastAt = last.getReceivedAt();
            lastId = last.getId();
            em.clear();
        }
    }

    /** The text of an enumerated value: its key is a prefix ending in a dot plus the value's name. */
    private static String label(Locale locale, String prefix, String name) {
        String key = prefix + name;
        return Messages.text(locale, key);
    }
}
