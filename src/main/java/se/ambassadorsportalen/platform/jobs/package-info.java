/**
 * Scheduled work that runs exactly once across every node sharing the database. A module
 * publishes a {@link se.ambassadorsportalen.platform.jobs.ScheduledJob} bean; {@link
 * se.ambassadorsportalen.platform.jobs.JobRunner} looks every minute on every node which job has a
 * period due, and the node that claims the period's row in {@code job_lease} ({@link
 * se.ambassadorsportalen.platform.jobs.JobLeases}) runs it.
 */
package se.ambassadorsportalen.platform.jobs;
