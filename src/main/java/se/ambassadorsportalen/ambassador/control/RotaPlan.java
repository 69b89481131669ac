package se.ambassadorsportalen.ambassador.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.ambassadorsportalen.ambassador.entity.IsoWeek;

/**
 * The coming weeks of the relay rota as communicators plan them: each week is confirmed,
 * requested (someone asked, nobody confirmed yet) or a gap. Pure calculation, no container.
 */
public final class RotaPlan {

    /** How far ahead the rota shows gaps. */
    public static final int HORIZON_WEEKS = 8;

    public enum State {
        CONFIRMED,
        REQUESTED,
        GAP
    }

    /** What is known about one week: who is confirmed (a display name) and how many open requests. */
    public record Known(String confirmedName, long openRequests) {}

    public record Slot(IsoWeek week, LocalDate monday, State state, String confirmedName, long openRequests)
            implements Serializable {}

    private RotaPlan() {}

    /** The {@code weeks} weeks after the current one (the current week has begun and cannot be asked for). */
    public static List<Slot> ahead(LocalDate today, int weeks, Map<IsoWeek, Known> known) {
        List<Slot> slots = new ArrayList<>();
        IsoWeek week = IsoWeek.of(today).next();
        for (int i = 0; i < weeks; i++) {
            Known k = known.get(week);
            State state = k == null
                    ? State.GAP
                    : k.confirmedName() != null ? State.CONFIRMED : k.openRequests() > 0 ? State.REQUESTED : State.GAP;
            slots.add(new Slot(
                    week,
                    week.monday(),
                    state,
                    k == null ? null : k.confirmedName(),
                    k == null ? 0 : k.openRequests()));
            week = week.next();
        }
        return slots;
    }

    public static List<Slot> gaps(List<Slot> slots) {
        return slots.stream().filter(slot -> slot.state() != State.CONFIRMED).toList();
    }
}
