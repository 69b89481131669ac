package se.ambassadorsportalen.lobbying.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;

/** The stored wording of an entry, the same columns in the entry and in each of its revisions. */
@Embeddable
public class MeetingContent implements Serializable {

    @Column(name = "meeting_date", nullable = false)
    private LocalDate date;

    @Column(name = "our_people", nullable = false, length = 1000)
    private String ourPeople;

    @Column(nullable = false, length = 1000)
    private String counterparts;

    @Column(nullable = false, length = 300)
    private String issue;

    @Column(name = "org_position", nullable = false, length = 4000)
    private String position;

    @Column(length = 2000)
    private String links;

    protected MeetingContent() {}

    MeetingContent(MeetingDetails checked) {
        date = checked.date();
        ourPeople = checked.ourPeople();
        counterparts = checked.counterparts();
        issue = checked.issue();
        position = checked.position();
        links = checked.links();
    }

    MeetingDetails details() {
        return new MeetingDetails(date, ourPeople, counterparts, issue, position, links);
    }
}
