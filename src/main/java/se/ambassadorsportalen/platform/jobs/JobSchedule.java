package se.ambassadorsportalen.platform.jobs;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * When a job is due, as periods with a key: a daily job's period is the date of its last due time,
 * a repeating job's the start of its current slot. The runner always asks for the latest period
 * due now, so a run that no node made at its time (all were down, or the one that claimed it died)
 * is made when a node next looks, instead of waiting for the next period.
 */
public sealed interface JobSchedule {

    /** The latest moment at or before {@code now} when the job was due. */
    LocalDateTime lastDue(LocalDateTime now);

    /** The key of the period that moment starts: one run per key across the cluster. */
    String periodKey(LocalDateTime now);

    static JobSchedule daily(LocalTime at) {
        return new Daily(at);
    }

    static JobSchedule every(Duration interval) {
        return new Every(interval);
    }

    /** Once a day at a local time. */
    record Daily(LocalTime at) implements JobSchedule {

        @Override
        public LocalDateTime lastDue(LocalDateTime now) {
            LocalDateTime today = now.toLocalDate().atTime(at);
            return today.isAfter(now) ? today.minusDays(1) : today;
        }

        @Override
        public String periodKey(LocalDateTime now) {
            return lastDue(now).toLocalDate().toString();
        }
    }

    /** Every interval from midnight (an interval that divides a day keeps the slots the same each day). */
    record Every(Duration interval) implements JobSchedule {

        public Every {
            if (interval.toMinutes() < 1) {
                throw new IllegalArgumentException("The runner looks once a minute: " + interval);
            }
        }

        @Override
        public LocalDateTime lastDue(LocalDateTime now) {
            LocalDateTime midnight = now.truncatedTo(ChronoUnit.DAYS);
            long slots = Duration.between(midnight, now).toMinutes() / interval.toMinutes();
            return midnight.plusMinutes(slots * interval.toMinutes());
        }

        @Override
        public String periodKey(LocalDateTime now) {
            return lastDue(now).toString();
        }
    }
}
