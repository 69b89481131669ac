package se.ambassadorsportalen.lobbying.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import se.ambassadorsportalen.lobbying.boundary.LobbyingRegister;
import se.ambassadorsportalen.lobbying.entity.LobbyingMeeting;
import se.ambassadorsportalen.lobbying.entity.MeetingDetails;
import se.ambassadorsportalen.platform.web.FacesMessages;

/**
 * Recording, correcting and withdrawing a register entry. Without an id the form records a new
 * meeting; with one it corrects it (a note is required) or withdraws it (a reason is required).
 * Each ends on the public entry page (post-redirect-get).
 */
@Named
@ViewScoped
public class LobbyingEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LobbyingRegister register;

    private Long id;
    private long lockVersion;
    private boolean withdrawn;
    private LocalDate date;
    private String ourPeople;
    private String organisations;
    private String issue;
    private String position;
    private String links;
    private String note;
    private String reason;

    public void load() {
        if (id == null) {
            return;
        }
        LobbyingMeeting meeting = register.meeting(id);
        lockVersion = meeting.getVersion();
        withdrawn = meeting.isWithdrawn();
        MeetingDetails details = meeting.getDetails();
        date = details.date();
        ourPeople = details.ourPeople();
        organisations = details.counterparts();
        issue = details.issue();
        position = details.position();
        links = details.links();
    }

    public void save() {
        MeetingDetails details = new MeetingDetails(date, ourPeople, organisations, issue, position, links);
        LobbyingMeeting saved;
        try {
            saved = id == null ? register.record(details) : register.correct(id, lockVersion, details, note);
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "meetingForm");
            return;
        }
        FacesMessages.flashInfo(id == null ? "lobbying.recorded" : "lobbying.corrected");
        show(saved);
    }

    public void withdraw() {
        LobbyingMeeting saved;
        try {
            saved = register.withdraw(id, lockVersion, reason);
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "withdrawForm");
            return;
        }
        FacesMessages.flashInfo("lobbying.withdrawnDone");
        show(saved);
    }

    private static void show(LobbyingMeeting meeting) {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(
                    external.getRequestContextPath() + "/public/lobbying-meeting.xhtml?id=" + meeting.getId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isEditing() {
        return id != null;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getOurPeople() {
        return ourPeople;
    }

    public void setOurPeople(String ourPeople) {
        this.ourPeople = ourPeople;
    }

    public String getOrganisations() {
        return organisations;
    }

    public void setOrganisations(String organisations) {
        this.organisations = organisations;
    }

    public String getIssue() {
        return issue;
    }

    public void setIssue(String issue) {
        this.issue = issue;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getLinks() {
        return links;
    }

    public void setLinks(String links) {
        this.links = links;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
