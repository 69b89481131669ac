package se.ambassadorsportalen.press.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.i18n.Messages;
import se.ambassadorsportalen.platform.layout.PortalSettings;
import se.ambassadorsportalen.platform.mail.Mailer;
import se.ambassadorsportalen.platform.security.OpenOnPurpose;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.time.PortalTime;
import se.ambassadorsportalen.press.control.PressTime;
import se.ambassadorsportalen.press.entity.Inquiry;
import se.ambassadorsportalen.press.entity.InquiryStatus;

/**
 * The log's scheduled work: anonymising entries older than the retention period and reminding
 * assignees of inquiries near their deadline. Admins run and configure it; {@link PressSchedule}'s
 * timers, which have no caller, may call exactly the two runs that take no input.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class InquiryHousekeeping {

    /** The assignee's own language (their account's choice, else the organisation's default). */
    @Inject
    se.ambassadorsportalen.organisation.boundary.UserAccounts accounts;

    public static final String RETENTION_DAYS = "press.retention.days";
    public static final int DEFAULT_RETENTION_DAYS = 730;
    private static final Logger LOG = Logger.getLogger(InquiryHousekeeping.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalSettings settings;

    @Inject
    Mailer mailer;

    @Inject
    Inquiries inquiries;

    public int retentionDays() {
        try {
            return Integer.parseInt(settings.value(RETENTION_DAYS, String.valueOf(DEFAULT_RETENTION_DAYS)));
        } catch (NumberFormatException e) {
            return DEFAULT_RETENTION_DAYS;
        }
    }

    public void setRetentionDays(int days) {
        if (days < 0) {
            throw PortalException.invalidField("days", "press.retention.negative");
        }
        settings.set(RETENTION_DAYS, String.valueOf(days));
    }

    /**
     * Anonymises every inquiry received before the cut-off (now minus the retention period unless
     * given). A cut-off in the future is refused: it would anonymise inquiries still being answered.
     */
    public int anonymiseExpired(Instant cutOff) {
        if (cutOff != null && cutOff.isAfter(PressTime.now())) {
            throw PortalException.invalidField("olderThan", "press.retention.futureCutOff");
        }
        return anonymiseBefore(cutOff);
    }

    /** The nightly run: anonymises what the retention period says has expired, nothing else. */
    // Open: the timer has no caller. It takes no cut-off, so it can never reach further back than
    // the retention period an admin set.
    @PermitAll
    @OpenOnPurpose("the nightly job has no caller and takes no cut-off, so it never reaches past the retention")
    public int anonymiseByRetention() {
        return anonymiseBefore(null);
    }

    private int anonymiseBefore(Instant cutOff) {
        Instant now = PressTime.now();
        Instant before = cutOff != null ? cutOff : now.minus(Duration.ofDays(retentionDays()));
        List<Inquiry> expired = em.createQuery(
                        "select i from Inquiry i where i.receivedAt < :before" + " and i.anonymisedAt is null",
                        Inquiry.class)
                .setParameter("before", before)
                .getResultList();
        expired.forEach(inquiry -> inquiry.anonymise(now));
        if (!expired.isEmpty()) {
            LOG.info(() -> "Anonymised " + expired.size() + " media inquiries received before " + before);
        }
        return expired.size();
    }

    /**
     * Mails each assignee of an open inquiry due within the warning window, once per assignment.
     * Each inquiry is claimed by a conditional update before its mail is written, so the timer and
     * an admin's manual run at the same moment never remind twice nor trip over each other.
     */
    @PermitAll
    @OpenOnPurpose("the five-minute job has no caller and takes no input")
    public int remindNearDeadline() {
        Instant now = PressTime.now();
        List<Inquiry> due = em.createQuery(
                        "select i from Inquiry i join fetch i.assignee a join fetch a.person"
                                + " where i.status = :assigned and i.remindedAt is null and i.deadline > :now"
                                + " and i.deadline <= :soon",
                        Inquiry.class)
                .setParameter("assigned", InquiryStatus.ASSIGNED)
                .setParameter("now", now)
                .setParameter("soon", now.plus(inquiries.warningWindow()))
                .getResultList();
        int reminded = 0;
        for (Inquiry inquiry : due) {
            int claimed = em.createQuery("update Inquiry i set i.remindedAt = :now, i.version = i.version + 1"
                            + " where i.id = :id and i.remindedAt is null")
                    .setParameter("now", now)
                    .setParameter("id", inquiry.getId())
                    .executeUpdate();
            if (claimed == 0) {
                continue;
            }
            // the mail shows the deadline on the portal's wall clock
            java.time.LocalDateTime deadlineShown = PortalTime.local(inquiry.getDeadline());
            String deadline = deadlineShown.toLocalTime().withNano(0).toString();
            java.util.Locale locale =
                    accounts.localeOf(inquiry.getAssignee().getPerson().getId());
            mailer.send(
                    inquiry.getAssignee().getEmail(),
                    Messages.text(locale, "press.reminder.subject", deadline),
                    Messages.text(
                            locale,
                            "press.reminder.body",
                            inquiry.getAssignee().getDisplayName(),
                            nullToDash(inquiry.getOutlet()),
                            nullToDash(inquiry.getJournalist()),
                            inquiry.getQuestion(),
                            Messages.dateTimeFormat(locale).format(deadlineShown)));
            reminded++;
        }
        return reminded;
    }

    /** Open inquiries past their deadline, for the operations gauge; one indexed count. */
    public long countOverdue() {
        return em.createQuery(
                        "select count(i) from Inquiry i where i.status in :open and i.deadline <= :now", Long.class)
                .setParameter("open", List.of(InquiryStatus.NEW, InquiryStatus.ASSIGNED))
                .setParameter("now", PressTime.now())
                .getSingleResult();
    }

    private static String nullToDash(String text) {
        return text == null ? "–" : text;
    }
}
