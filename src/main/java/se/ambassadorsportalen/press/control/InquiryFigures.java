package se.ambassadorsportalen.press.control;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The log's figures for a period: how many inquiries, the share answered before their deadline,
 * and the median time from receipt to answer. Pure arithmetic over the inquiries' times.
 */
public record InquiryFigures(
        int inquiries, int answered, int answeredInTime, Integer shareInTimePercent, Duration medianTimeToAnswer)
        implements Serializable {

    /** One inquiry's times; {@code answeredAt} is null when it was not answered. */
    public record Timing(LocalDateTime receivedAt, LocalDateTime deadline, LocalDateTime answeredAt) {}

    public static InquiryFigures of(List<Timing> timings) {
        List<Duration> times = timings.stream()
                .filter(t -> t.answeredAt() != null)
                .map(t -> Duration.between(t.receivedAt(), t.answeredAt()))
                .sorted()
                .toList();
        int inTime = (int) timings.stream()
                .filter(t -> t.answeredAt() != null && !t.answeredAt().isAfter(t.deadline()))
                .count();
        Integer share = timings.isEmpty() ? null : (int) Math.round(100.0 * inTime / timings.size());
        Duration median = null;
        if (!times.isEmpty()) {
            int middle = times.size() / 2;
            median = times.size() % 2 == 1
                    ? times.get(middle)
                    : times.get(middle - 1).plus(times.get(middle)).dividedBy(2);
        }
        return new InquiryFigures(timings.size(), times.size(), inTime, share, median);
    }

    /** The median in whole minutes, or null when nothing was answered. */
    public Long medianMinutes() {
        return medianTimeToAnswer == null ? null : medianTimeToAnswer.toMinutes();
    }
}
