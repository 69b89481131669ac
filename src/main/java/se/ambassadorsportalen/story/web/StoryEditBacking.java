package se.ambassadorsportalen.story.web;

import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import se.ambassadorsportalen.organisation.boundary.Organisation;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.rest.ProblemMappers;
import se.ambassadorsportalen.platform.web.FacesMessages;
import se.ambassadorsportalen.platform.web.PerRequest;
import se.ambassadorsportalen.platform.web.PickedById;
import se.ambassadorsportalen.policy.api.LixScore;
import se.ambassadorsportalen.policy.api.Rating;
import se.ambassadorsportalen.policy.boundary.Readability;
import se.ambassadorsportalen.story.boundary.Stories;
import se.ambassadorsportalen.story.boundary.Stories.StoryDraft;
import se.ambassadorsportalen.story.entity.Consent;
import se.ambassadorsportalen.story.entity.Story;
import se.ambassadorsportalen.story.entity.StoryPhoto;

/**
 * Writing a story: the form keeps what the user typed between ajax calls (the LIX band and the
 * channel ratings update as they write), saves drafts, and once saved takes photos and the people
 * pictured. View-scoped because the page is one long ajax conversation.
 */
@Named
@ViewScoped
public class StoryEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "storyForm";

    @Inject
    Stories stories;

    @Inject
    Readability readability;

    @Inject
    Organisation organisation;

    /** The reader's language, for the alphabet of the menus and pickers. */
    @Inject
    se.ambassadorsportalen.platform.web.Language userLanguage;

    @Inject
    se.ambassadorsportalen.organisation.boundary.CurrentUser currentUser;

    private Long id;
    private long version;
    private String title;
    private String body;
    private String materialType = "STAFF_PORTRAIT";
    private List<String> targetGroups = new ArrayList<>();
    private List<String> brands = new ArrayList<>();
    private List<String> channels = new ArrayList<>();
    private Map<String, String> justifications = new LinkedHashMap<>();
    private boolean showFirstName;
    private String returnComment;
    /** Read per request: the form keeps what the user typed, the story's photos and consents are read again. */
    private final PerRequest<Story> story = PerRequest.of(() -> this.id == null ? null : this.stories.story(this.id));

    private final PickedById<Person> colleague = PickedById.of(id -> this.organisation.person(id));
    private String externalName;
    private String externalMethod;
    private String altText;

    public void load() {
        if (id == null || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            fill(stories.story(id));
        } catch (RuntimeException e) {
            FacesMessages.failed(e, null);
            id = null;
        }
    }

    private void fill(Story loaded) {
        story.set(loaded);
        id = loaded.getId();
        version = loaded.getVersion();
        title = loaded.getTitle();
        body = loaded.getBody();
        materialType = loaded.getMaterialType();
        targetGroups = new ArrayList<>(loaded.getTargetGroups());
        brands = new ArrayList<>(loaded.getBrands());
        channels = new ArrayList<>(loaded.getSuggestedChannels());
        justifications = loaded.getJustifications();
        showFirstName = loaded.isShowFirstName();
        returnComment = loaded.getReturnComment();
    }

    private StoryDraft draft() {
        return new StoryDraft(
                title,
                body,
                materialType,
                new LinkedHashSet<>(targetGroups),
                new LinkedHashSet<>(brands),
                channels,
                justifications,
                showFirstName);
    }

    private boolean saveDraft() {
        try {
            fill(id == null ? stories.create(draft()) : stories.update(id, version, draft()));
            return true;
        } catch (RuntimeException e) {
            failed(e);
            return false;
        }
    }

    /**
     * Shows a refusal at its field. A reason for a red channel is reported at
     * "justifications.CODE"; on the page that field is the text area in the channel's row.
     */
    private void failed(RuntimeException e) {
        if (ProblemMappers.unwrap(e) instanceof PortalException portal
                && portal.field() != null
                && portal.field().startsWith("justifications.")) {
            String channel = portal.field().substring("justifications.".length());
            List<ChannelRatingRow> rows = getRatingList();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).getChannel().equals(channel)) {
                    FacesMessages.error(FORM + ":ratingRows:" + i + ":justification", portal.key(), portal.arguments());
                    FacesContext.getCurrentInstance().validationFailed();
                    return;
                }
            }
        }
        FacesMessages.failed(e, FORM);
    }

    public void save() {
        if (saveDraft()) {
            FacesMessages.info("story.edit.saved");
        }
    }

    public String submit() {
        if (!saveDraft()) {
            return null;
        }
        try {
            stories.submit(id, version);
        } catch (RuntimeException e) {
            failed(e);
            fill(stories.story(id));
            return null;
        }
        FacesMessages.infoForTheRedirectedPage("story.edit.submitted");
        return "/story/view.xhtml?faces-redirect=true&id=" + id;
    }

    public void addColleague() {
        if (colleague.id() == null) {
            FacesMessages.error(FORM + ":colleague", "story.consent.colleague.required");
            return;
        }
        try {
            stories.pictureColleague(id, null, colleague.id());
            colleague.set(null);
            refresh();
        } catch (RuntimeException e) {
            FacesMessages.failed(e, FORM);
        }
    }

    public void addExternal() {
        try {
            stories.pictureExternal(id, null, externalName, externalMethod);
            externalName = null;
            externalMethod = null;
            refresh();
        } catch (RuntimeException e) {
            FacesMessages.failed(e, FORM);
        }
    }

    public void removePictured(Consent consent) {
        try {
            stories.removePictured(id, consent.getId());
            refresh();
        } catch (RuntimeException e) {
            FacesMessages.failed(e, FORM);
        }
    }

    /**
     * The photo with the alt text typed beside it, which the upload sends along ({@code process="@this
     * altText"}): a photo dropped right after typing, before the field's change reached the server,
     * keeps its text. Faces hands the file over before it updates the model, so the text is read from
     * the field; a refused photo leaves the field as typed, an added one empties it.
     */
    public void upload(FileUploadEvent event) throws IOException {
        UIInput field = (UIInput) event.getComponent().findComponent("altText");
        String typed = field != null && field.isLocalValueSet() ? (String) field.getLocalValue() : altText;
        try {
            stories.addPhoto(id, event.getFile().getContent(), typed);
            altText = null;
            if (field != null) {
                field.resetValue(); // else the model update after this listener would put the text back
            }
            refresh();
            FacesMessages.info("story.photo.added");
        } catch (RuntimeException e) {
            FacesMessages.failed(e, FORM);
        }
    }

    public void removePhoto(StoryPhoto photo) {
        try {
            stories.removePhoto(id, photo.getId());
            refresh();
        } catch (RuntimeException e) {
            FacesMessages.failed(e, FORM);
        }
    }

    private void refresh() {
        Story fresh = stories.story(id);
        story.set(fresh);
        version = fresh.getVersion();
    }

    public List<Person> completeColleague(String text) {
        return organisation.findPeople(text, 15, userLanguage.getLocale()).stream()
                .filter(Person::isEmployee)
                .toList();
    }

    public LixScore getLix() {
        return readability.score(body);
    }

    /** Each suggested channel with how common the material type is there. */
    public Map<String, Rating> getRatings() {
        return channels.isEmpty() ? new LinkedHashMap<>() : stories.ratings(materialType, channels);
    }

    public boolean isAnyRed() {
        return getRatings().values().stream().anyMatch(Rating::needsJustification);
    }

    /** The ratings as rows for the page (EL reads getters, not map entries or record components). */
    public List<ChannelRatingRow> getRatingList() {
        return getRatings().entrySet().stream()
                .map(e -> new ChannelRatingRow(e.getKey(), e.getValue()))
                .toList();
    }

    /** One suggested channel and how common the material type is there. */
    public static final class ChannelRatingRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private final String channel;
        private final Rating rating;

        ChannelRatingRow(String channel, Rating rating) {
            this.channel = channel;
            this.rating = rating;
        }

        public String getChannel() {
            return channel;
        }

        public String getRating() {
            return rating.name();
        }

        /** Red: the writer must say why the material type fits this channel. */
        public boolean isNeedsJustification() {
            return rating.needsJustification();
        }

        public String getIcon() {
            return switch (rating) {
                case RED -> "pi-exclamation-triangle";
                case YELLOW -> "pi-info-circle";
                case GREEN -> "pi-check-circle";
            };
        }
    }

    public Story getStory() {
        return story.get();
    }

    public boolean isSaved() {
        return id != null;
    }

    /** New stories, and the caller's own drafts and returned stories; everything else is shown read-only. */
    public boolean isEditable() {
        return id == null
                || getStory().getStatus().isEditable()
                        && currentUser
                                .person()
                                .map(me -> me.equals(getStory().getAuthor()))
                                .orElse(false);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getMaterialType() {
        return materialType;
    }

    public void setMaterialType(String materialType) {
        this.materialType = materialType;
    }

    public List<String> getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(List<String> targetGroups) {
        this.targetGroups = targetGroups == null ? new ArrayList<>() : new ArrayList<>(targetGroups);
    }

    public List<String> getBrands() {
        return brands;
    }

    public void setBrands(List<String> brands) {
        this.brands = brands == null ? new ArrayList<>() : new ArrayList<>(brands);
    }

    public List<String> getChannels() {
        return channels;
    }

    public void setChannels(List<String> channels) {
        this.channels = channels == null ? new ArrayList<>() : new ArrayList<>(channels);
    }

    /** Channel → reason, bound per row of the ratings list ({@code justifications[row.channel]}). */
    public Map<String, String> getJustifications() {
        return justifications;
    }

    public boolean isShowFirstName() {
        return showFirstName;
    }

    public void setShowFirstName(boolean showFirstName) {
        this.showFirstName = showFirstName;
    }

    public String getReturnComment() {
        return returnComment;
    }

    public Person getColleague() {
        return colleague.get();
    }

    public void setColleague(Person colleague) {
        this.colleague.set(colleague);
    }

    public String getExternalName() {
        return externalName;
    }

    public void setExternalName(String externalName) {
        this.externalName = externalName;
    }

    public String getExternalMethod() {
        return externalMethod;
    }

    public void setExternalMethod(String externalMethod) {
        this.externalMethod = externalMethod;
    }

    public String getAltText() {
        return altText;
    }

    public void setAltText(String altText) {
        this.altText = altText;
    }
}
