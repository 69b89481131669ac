package se.ambassadorsportalen.platform.layout;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The caller's pending tasks as last counted, kept in the session so the badges in the navigation
 * cost no queries on every page. The counts are taken again on the home page, after
 * {@link #MAX_AGE}, and after any change the user posts (the session forgets them then), so a
 * user never sees their own finished work still counted; other people's changes show within a minute.
 */
public record CountedTasks(List<PendingTask> tasks, Instant countedAt) implements Serializable {

    /** The session attribute the counts live under. */
    public static final String SESSION_KEY = CountedTasks.class.getName();

    public static final Duration MAX_AGE = Duration.ofSeconds(60);

    public CountedTasks {
        tasks = tasks.stream().filter(task -> task.count() > 0).toList();
    }

    public boolean isFreshAt(Instant now) {
        return !now.isBefore(countedAt) && now.isBefore(countedAt.plus(MAX_AGE));
    }

    /** The sum of the counts of the tasks a navigation entry leads to; 0 when none. */
    public long countFor(String navId) {
        return tasks.stream()
                .filter(task -> task.navId() != null && task.navId().equals(navId))
                .mapToLong(PendingTask::count)
                .sum();
    }

    public long total() {
        return tasks.stream().mapToLong(PendingTask::count).sum();
    }
}
