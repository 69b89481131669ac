package se.ambassadorsportalen.press.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The press desk's timers: non-persistent (EJB Lite), so a server that was down simply runs the
 * next one. Anonymisation runs nightly; deadline reminders every five minutes.
 */
@Singleton
public class PressSchedule {

    private static final Logger LOG = Logger.getLogger(PressSchedule.class.getName());

    @Inject
    InquiryHousekeeping housekeeping;

    @Schedule(hour = "3", minute = "15", persistent = false)
    void anonymiseExpiredInquiries() {
        try {
            housekeeping.anonymiseByRetention();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Anonymising expired media inquiries failed", e);
        }
    }

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void remindAssignees() {
        try {
            housekeeping.remindNearDeadline();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reminding assignees of media inquiries failed", e);
        }
    }
}
