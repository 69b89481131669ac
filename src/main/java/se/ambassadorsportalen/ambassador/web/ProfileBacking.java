package se.ambassadorsportalen.ambassador.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.ambassadorsportalen.ambassador.boundary.Ambassadors;
import se.ambassadorsportalen.ambassador.boundary.RelayRota;
import se.ambassadorsportalen.ambassador.boundary.Trainings;
import se.ambassadorsportalen.ambassador.control.ProfilePhotos;
import se.ambassadorsportalen.ambassador.entity.Ambassador;
import se.ambassadorsportalen.ambassador.entity.Channel;
import se.ambassadorsportalen.ambassador.entity.ChannelPresence;
import se.ambassadorsportalen.ambassador.entity.Purpose;
import se.ambassadorsportalen.ambassador.entity.RelayRequest;
import se.ambassadorsportalen.ambassador.entity.TrainingModule;
import se.ambassadorsportalen.organisation.boundary.CurrentUser;
import se.ambassadorsportalen.organisation.boundary.Organisation;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.web.FacesMessages;
import se.ambassadorsportalen.platform.web.PerRequest;
import se.ambassadorsportalen.platform.web.PickedById;

/** The employee's own ambassador page: sign up, change the profile and photo, pause, leave, invite. */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Ambassadors ambassadors;

    @Inject
    Trainings trainings;

    @Inject
    RelayRota rota;

    @Inject
    Organisation organisation;

    /** The reader's language, for the alphabet of the menus and pickers. */
    @Inject
    se.ambassadorsportalen.platform.web.Language userLanguage;

    @Inject
    CurrentUser currentUser;

    /**
     * The caller's ambassador record, read at most once per request: kept in the view, the entity
     * would keep the persistence context that read it alive. The form keeps what it needs.
     */
    private final PerRequest<Ambassador> ambassador =
            PerRequest.of(() -> this.ambassadors.mine().orElse(null));
    /** The version the form was filled in from: a change saved meanwhile (another tab) is refused. */
    private long version;

    private String motivation;
    private String topics;
    private String languages;
    private boolean contactOk;
    private final Map<Channel, Boolean> active = new EnumMap<>(Channel.class);
    private final Map<Channel, String> handles = new EnumMap<>(Channel.class);
    private transient Part photo;
    private final PickedById<Person> colleague = PickedById.of(id -> this.organisation.person(id));

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        ambassador.forget();
        Ambassador mine = ambassador.get();
        version = mine == null ? 0 : mine.getVersion();
        for (Channel channel : Channel.values()) {
            active.put(channel, false);
            handles.put(channel, null);
        }
        if (mine != null && !mine.isFormer()) {
            motivation = mine.getMotivation();
            topics = mine.getTopics();
            languages = mine.getLanguages();
            contactOk = mine.isContactOk();
            for (ChannelPresence presence : mine.getChannels()) {
                active.put(presence.getChannel(), true);
                handles.put(presence.getChannel(), presence.getHandle());
            }
        }
    }

    public void save() {
        try {
            List<ChannelPresence> channels = ChannelPresence.chosen(active, handles);
            Ambassador.Profile profile = new Ambassador.Profile(motivation, topics, languages, contactOk, channels);
            if (isSignedUp()) {
                ambassadors.updateMine(version, profile);
                FacesMessages.info("ambassador.profile.saved");
            } else {
                ambassadors.signUp(profile);
                // the whole page changes (title, status, photo and relay sections): load it anew
                FacesMessages.flashInfo("ambassador.signUp.done");
                ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
                external.redirect(external.getRequestContextPath() + "/ambassador/me.xhtml");
                return;
            }
            load();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "profileForm");
        }
    }

    public void uploadPhoto() {
        try {
            if (photo == null || photo.getSize() == 0) {
                throw PortalException.invalidField("photo", "ambassador.photo.empty");
            }
            if (photo.getSize() > ProfilePhotos.MAX_BYTES) {
                throw PortalException.invalidField(
                        "photo", "ambassador.photo.tooLarge", ProfilePhotos.MAX_BYTES / (1024 * 1024));
            }
            byte[] bytes;
            try (InputStream in = photo.getInputStream()) {
                bytes = in.readNBytes(ProfilePhotos.MAX_BYTES + 1);
            }
            ambassadors.changeMyPhoto(bytes);
            FacesMessages.info("ambassador.photo.saved");
            load();
        } catch (IOException e) {
            FacesMessages.error("photoForm:photo", "ambassador.photo.notImage");
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "photoForm");
        }
    }

    public void removePhoto() {
        run(() -> ambassadors.removeMyPhoto(), "ambassador.photo.removed");
    }

    public void pause() {
        run(() -> ambassadors.pauseMine(), "ambassador.paused");
    }

    public void resume() {
        run(() -> ambassadors.resumeMine(), "ambassador.resumed");
    }

    public void leave() {
        run(() -> ambassadors.leave(), "ambassador.left");
        motivation = topics = languages = null;
        contactOk = false;
    }

    public void invite() {
        try {
            if (colleague.id() == null) {
                throw PortalException.invalidField("colleague", "ambassador.invite.colleagueRequired");
            }
            ambassadors.invite(colleague.id(), signUpUrl());
            FacesMessages.info("ambassador.invite.sent", colleague.get().getDisplayName());
            colleague.set(null);
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "inviteForm");
        }
    }

    public List<Person> completeColleague(String text) {
        return organisation.findPeople(text, 10, userLanguage.getLocale()).stream()
                .filter(Person::isEmployee)
                .toList();
    }

    private static String signUpUrl() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) context.getRequest();
        String url = request.getRequestURL().toString();
        return url.substring(0, url.indexOf(request.getRequestURI())) + context.getRequestContextPath()
                + "/ambassador/me.xhtml";
    }

    private void run(Runnable action, String doneKey) {
        try {
            action.run();
            FacesMessages.info(doneKey);
            load();
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "statusForm");
        }
    }

    public boolean isSignedUp() {
        Ambassador mine = ambassador.get();
        return mine != null && !mine.isFormer();
    }

    public Ambassador getAmbassador() {
        return ambassador.get();
    }

    public Person getPerson() {
        return currentUser.person().orElse(null);
    }

    public List<TrainingModule> getMissingTraining() {
        return isSignedUp() ? trainings.myMissing(Purpose.RELAY) : List.of();
    }

    public boolean isTrainedForRelay() {
        return isSignedUp() && trainings.trainedFor(ambassador.get(), Purpose.RELAY);
    }

    public long getInvitations() {
        return isSignedUp() ? ambassadors.invitationsBy(ambassador.get()) : 0;
    }

    public List<RelayRequest> getRelayRequests() {
        return isSignedUp() ? rota.myRequests() : List.of();
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public Map<Channel, Boolean> getActive() {
        return active;
    }

    public Map<Channel, String> getHandles() {
        return handles;
    }

    public String getMotivation() {
        return motivation;
    }

    public void setMotivation(String motivation) {
        this.motivation = motivation;
    }

    public String getTopics() {
        return topics;
    }

    public void setTopics(String topics) {
        this.topics = topics;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public boolean isContactOk() {
        return contactOk;
    }

    public void setContactOk(boolean contactOk) {
        this.contactOk = contactOk;
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }

    public Person getColleague() {
        return colleague.get();
    }

    public void setColleague(Person colleague) {
        this.colleague.set(colleague);
    }
}
