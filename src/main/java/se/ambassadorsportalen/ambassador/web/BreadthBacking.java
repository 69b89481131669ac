package se.ambassadorsportalen.ambassador.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import se.ambassadorsportalen.ambassador.boundary.Ambassadors;
import se.ambassadorsportalen.ambassador.control.Coverage;
import se.ambassadorsportalen.organisation.boundary.CurrentUser;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.web.FacesMessages;

/** The breadth view: where the programme has ambassadors and where to recruit next; communicators keep the shortage list. */
@Named
@ViewScoped
public class BreadthBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Ambassadors ambassadors;

    @Inject
    CurrentUser currentUser;

    private Coverage.Figures figures;
    private String shortage;
    private int few;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        figures = ambassadors.coverage();
        shortage = String.join("\n", ambassadors.shortageProfessions());
        few = ambassadors.few();
    }

    public void saveShortage() {
        try {
            ambassadors.changeShortageProfessions(shortage, few);
            FacesMessages.info("ambassador.breadth.saved");
            load();
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "shortageForm");
        }
    }

    public boolean isCommunicator() {
        return currentUser.holds(Role.COMMUNICATOR);
    }

    public Coverage.Figures getFigures() {
        return figures;
    }

    public String getShortage() {
        return shortage;
    }

    public void setShortage(String shortage) {
        this.shortage = shortage;
    }

    public int getFew() {
        return few;
    }

    public void setFew(int few) {
        this.few = few;
    }
}
