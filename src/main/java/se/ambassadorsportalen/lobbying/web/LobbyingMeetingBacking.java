package se.ambassadorsportalen.lobbying.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import se.ambassadorsportalen.lobbying.boundary.LobbyingRegister;
import se.ambassadorsportalen.lobbying.entity.LobbyingMeeting;
import se.ambassadorsportalen.platform.PortalException;

/** One register entry with its history, for anyone. An unknown id is "not found". */
@Named
@RequestScoped
public class LobbyingMeetingBacking {

    @Inject
    LobbyingRegister register;

    private Long id;
    private LobbyingMeeting meeting;

    /** f:viewAction: an unknown or missing id shows the not-found page. */
    public void load() throws IOException {
        try {
            meeting = id == null ? null : register.meeting(id);
        } catch (PortalException e) {
            meeting = null;
        }
        if (meeting == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public LobbyingMeeting getMeeting() {
        return meeting;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
