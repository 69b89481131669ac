package se.ambassadorsportalen.lobbying.entity;

import java.time.LocalDate;
import java.util.List;
import se.ambassadorsportalen.lobbying.control.PublicLinks;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * What a register entry says: when, who from the organisation, whom they met, the issue driven,
 * the organisation's position there, and links to public documents (one a line).
 * {@link #checked()} refuses a missing or too long field by its name, so forms and the API show
 * the message where it belongs.
 */
public record MeetingDetails(
        LocalDate date, String ourPeople, String counterparts, String issue, String position, String links) {

    /** The details trimmed and checked; a meeting more than a week ahead is refused, as the register records what happened. */
    public MeetingDetails checked() {
        if (date == null) {
            throw PortalException.invalidField("date", "lobbying.date.required");
        }
        if (date.isAfter(PortalTime.today().plusDays(7))) {
            throw PortalException.invalidField("date", "lobbying.date.future");
        }
        List<String> linkList = PublicLinks.parse(links, "links");
        return new MeetingDetails(
                date,
                required("ourPeople", ourPeople, 1000),
                required("counterparts", counterparts, 1000),
                required("issue", issue, 300),
                required("position", position, 4000),
                linkList.isEmpty() ? null : String.join("\n", linkList));
    }

    public List<String> linkList() {
        return links == null || links.isBlank() ? List.of() : List.of(links.split("\n"));
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw PortalException.invalidField(field, "lobbying.field.required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw PortalException.invalidField(field, "lobbying.field.tooLong", max);
        }
        return trimmed;
    }
}
