package se.ambassadorsportalen.ambassador.control;

import java.io.Serializable;
import java.util.List;
import se.ambassadorsportalen.ambassador.entity.Ambassador;
import se.ambassadorsportalen.ambassador.entity.AmbassadorStatus;
import se.ambassadorsportalen.ambassador.entity.Channel;
import se.ambassadorsportalen.organisation.entity.Person;

/**
 * A row of the ambassador directory as the table shows it: plain values read from the page's
 * entities, so a page can be kept for the next reader ({@link DirectoryPages}) without keeping an
 * entity, its persistence context or its lazy relations alive.
 */
public record DirectoryRow(
        long id,
        String name,
        String profession,
        String unit,
        String town,
        String topics,
        String languages,
        List<Presence> channels,
        AmbassadorStatus status,
        boolean contactOk,
        long invitations)
        implements Serializable {

    public DirectoryRow {
        channels = List.copyOf(channels);
    }

    /** A channel the ambassador is on, with their handle there if they gave one. */
    public record Presence(Channel channel, String handle) implements Serializable {}

    /** The row of a listed (never a former) ambassador, with their channels and the invitations they have sent. */
    public static DirectoryRow of(Ambassador ambassador, List<Presence> channels, long invitations) {
        Person person = ambassador.getPerson();
        return new DirectoryRow(
                ambassador.getId(),
                person.getDisplayName(),
                person.getProfession(),
                person.getUnit() == null ? null : person.getUnit().getName(),
                person.getTown(),
                ambassador.getTopics(),
                ambassador.getLanguages(),
                channels,
                ambassador.getStatus(),
                ambassador.isContactOk(),
                invitations);
    }
}
