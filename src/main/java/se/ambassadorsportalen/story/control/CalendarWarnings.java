package se.ambassadorsportalen.story.control;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The channel guide's rules as the publishing calendar checks them when a communicator plans
 * or moves a post: a material type that is rare (red) in the channel, more posts in a day than
 * the channel's frequency allows, and debate-prone material outside office hours. These are
 * warnings, not refusals: the communicator may confirm and go ahead.
 */
public final class CalendarWarnings {

    /** One warning: a bundle key and its arguments. */
    public record Warning(String key, List<Object> arguments) {

        public Object[] args() {
            return arguments.toArray();
        }
    }

    /**
     * The post being planned.
     *
     * @param channelName shown in the warning
     * @param red whether the material type is rated red in the channel
     * @param maxPostsPerDay the channel's limit, or null for none
     * @param otherPostsThatDay posts already planned or published in the channel that day, not counting this one
     */
    public record Slot(
            String channelName,
            String materialTypeName,
            boolean red,
            boolean debateProne,
            Integer maxPostsPerDay,
            long otherPostsThatDay,
            LocalDateTime at) {}

    private CalendarWarnings() {}

    public static List<Warning> check(Slot slot, OfficeHours hours) {
        List<Warning> warnings = new ArrayList<>();
        if (slot.red()) {
            warnings.add(new Warning("story.calendar.warn.red", List.of(slot.materialTypeName(), slot.channelName())));
        }
        if (slot.maxPostsPerDay() != null && slot.otherPostsThatDay() >= slot.maxPostsPerDay()) {
            warnings.add(new Warning(
                    "story.calendar.warn.frequency",
                    List.of(slot.channelName(), slot.maxPostsPerDay(), slot.otherPostsThatDay() + 1)));
        }
        if (slot.debateProne() && !hours.contains(slot.at())) {
            warnings.add(new Warning(
                    "story.calendar.warn.officeHours",
                    List.of(
                            slot.materialTypeName(),
                            hours.start().toString(),
                            hours.end().toString())));
        }
        return List.copyOf(warnings);
    }
}
