package se.ambassadorsportalen.news.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import se.ambassadorsportalen.news.entity.DigestFrequency;
import se.ambassadorsportalen.platform.jobs.JobSchedule;
import se.ambassadorsportalen.platform.jobs.ScheduledJob;

/**
 * The digest rounds as jobs of the portal's job runner, so a round runs once across all nodes and a
 * round no node reached is made up later (each reader's digest covers what is new since their last,
 * so a late round loses nothing and sends nothing twice).
 */
@ApplicationScoped
public class NewsSchedule implements ScheduledJob {

    @Inject
    NewsDigests digests;

    @Override
    public String name() {
        return "news.digests";
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.daily(LocalTime.of(6, 30));
    }

    @Override
    public Duration lease() {
        return Duration.ofHours(1);
    }

    /** Daily readers every morning; weekly readers on the Monday morning's round as well. */
    @Override
    public void run(LocalDateTime due) {
        digests.sendScheduled(DigestFrequency.DAILY);
        if (due.getDayOfWeek() == DayOfWeek.MONDAY) {
            digests.sendScheduled(DigestFrequency.WEEKLY);
        }
    }
}
