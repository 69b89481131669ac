package se.ambassadorsportalen.story.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import se.ambassadorsportalen.organisation.boundary.CurrentUser;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.platform.web.FacesMessages;
import se.ambassadorsportalen.platform.web.PerRequest;
import se.ambassadorsportalen.policy.api.LixScore;
import se.ambassadorsportalen.policy.boundary.Readability;
import se.ambassadorsportalen.story.boundary.Stories;
import se.ambassadorsportalen.story.entity.Story;
import se.ambassadorsportalen.story.entity.StoryStatus;

/**
 * One story: its text, photos, people pictured, channels and history, with the step the viewer
 * may take (the manager approves or returns, the author edits or withdraws). Keeps the version
 * it showed, so a decision on a story someone else changed meanwhile is refused, not lost.
 */
@Named
@ViewScoped
public class StoryViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Stories stories;

    @Inject
    CurrentUser currentUser;

    @Inject
    Readability readability;

    private Long id;
    private long version;
    /** Read per request: a story kept in the view held its unit of work in the session. */
    private final PerRequest<Story> story = PerRequest.of(() -> this.id == null ? null : this.stories.story(this.id));

    private String comment;

    /**
     * Whether the page offered this user the decision. A postback decides by the page the user saw,
     * so that a click on "Godkänn" after another manager decided is answered with why it was not
     * done; with the story read afresh, the form would no longer exist and the click would vanish.
     */
    private boolean decisionOffered;

    public void load() {
        if (id == null || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            version = story().getVersion();
            decisionOffered = isDecider();
        } catch (RuntimeException e) {
            FacesMessages.failed(e, null);
            id = null;
        }
    }

    private Story story() {
        return story.get();
    }

    public void approve() {
        try {
            Story changed = stories.approve(id, version);
            story.set(changed);
            version = changed.getVersion();
            FacesMessages.info("story.view.approved");
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "decisionForm");
        }
    }

    public void returnToAuthor() {
        try {
            Story changed = stories.returnToAuthor(id, version, comment);
            story.set(changed);
            version = changed.getVersion();
            comment = null;
            FacesMessages.info("story.view.returned");
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "decisionForm");
        }
    }

    public void withdraw() {
        try {
            Story changed = stories.withdraw(id, version);
            story.set(changed);
            version = changed.getVersion();
            FacesMessages.info("story.view.withdrawn");
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "authorForm");
        }
    }

    public Story getStory() {
        return story();
    }

    public LixScore getLix() {
        return readability.score(story() == null ? null : story().getBody());
    }

    private Person me() {
        return currentUser.person().orElse(null);
    }

    public boolean isDecider() {
        Story s = story();
        return s != null
                && s.getStatus() == StoryStatus.SUBMITTED
                && me() != null
                && !me().equals(s.getAuthor())
                && s.expectedApprover().map(me()::equals).orElse(false);
    }

    /** The decision form: as the user saw it while a post is applied, as it now is when shown. */
    public boolean isDecisionForm() {
        return FacesContext.getCurrentInstance().getCurrentPhaseId() == PhaseId.RENDER_RESPONSE
                ? isDecider()
                : decisionOffered;
    }

    public boolean isAuthor() {
        return story() != null && me() != null && me().equals(story().getAuthor());
    }

    public boolean isWithdrawable() {
        return isAuthor() && story().getStatus() != StoryStatus.WITHDRAWN;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
