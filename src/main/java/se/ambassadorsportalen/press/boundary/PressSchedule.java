package se.ambassadorsportalen.press.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import se.ambassadorsportalen.platform.jobs.JobSchedule;
import se.ambassadorsportalen.platform.jobs.ScheduledJob;

/**
 * The press desk's scheduled work, each run once across all nodes by the platform's job runner:
 * anonymisation nightly at 03:15, deadline reminders every five minutes. Both only touch what is
 * still to do (not yet anonymised, not yet reminded), so a run made up later or retried is safe.
 */
public final class PressSchedule {

    private PressSchedule() {}

    /** Anonymises inquiries older than the retention period. */
    @ApplicationScoped
    public static class Anonymisation implements ScheduledJob {

        @Inject
        InquiryHousekeeping housekeeping;

        @Override
        public String name() {
            return "press.anonymise-expired";
        }

        @Override
        public JobSchedule schedule() {
            return JobSchedule.daily(LocalTime.of(3, 15));
        }

        @Override
        public Duration lease() {
            return Duration.ofHours(1);
        }

        @Override
        public void run(LocalDateTime due) {
            housekeeping.anonymiseByRetention();
        }
    }

    /** Reminds assignees of inquiries near their deadline. */
    @ApplicationScoped
    public static class DeadlineReminders implements ScheduledJob {

        @Inject
        InquiryHousekeeping housekeeping;

        @Override
        public String name() {
            return "press.deadline-reminders";
        }

        @Override
        public JobSchedule schedule() {
            return JobSchedule.every(Duration.ofMinutes(5));
        }

        @Override
        public Duration lease() {
            return Duration.ofMinutes(4);
        }

        @Override
        public void run(LocalDateTime due) {
            housekeeping.remindNearDeadline();
        }
    }
}
