package se.ambassadorsportalen.story.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import se.ambassadorsportalen.platform.web.FacesMessages;
import se.ambassadorsportalen.story.boundary.Stories;
import se.ambassadorsportalen.story.entity.Consent;
import se.ambassadorsportalen.story.entity.ConsentStatus;
import se.ambassadorsportalen.story.entity.StoryStatus;

/** The caller's consent requests: answer yes or no, or withdraw a consent given earlier. */
@Named
@ViewScoped
public class ConsentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * A request as the table shows it. The view keeps these, not the consents: an entity would keep
     * the persistence context that read it (with its story and author) alive with the view. A button
     * in a row acts on the row the page showed, by its id.
     */
    public record ConsentRow(
            long id,
            long storyId,
            String storyTitle,
            String askedBy,
            ConsentStatus status,
            Instant answeredAt,
            boolean storyWithdrawn)
            implements Serializable {

        static ConsentRow of(Consent consent) {
            return new ConsentRow(
                    consent.getId(),
                    consent.getStory().getId(),
                    consent.getStory().getTitle(),
                    consent.getStory().getAuthor().getDisplayName(),
                    consent.getStatus(),
                    consent.getAnsweredAt(),
                    consent.getStory().getStatus() == StoryStatus.WITHDRAWN);
        }
    }

    @Inject
    Stories stories;

    private List<ConsentRow> consents;

    public List<ConsentRow> getConsents() {
        if (consents == null) {
            consents = stories.myConsents().stream().map(ConsentRow::of).toList();
        }
        return consents;
    }

    public void answer(ConsentRow consent, boolean yes) {
        try {
            stories.answerConsent(consent.id(), yes);
            FacesMessages.info(yes ? "story.consents.given" : "story.consents.refused");
        } catch (RuntimeException e) {
            FacesMessages.failed(e, null);
        }
        consents = null;
    }

    public void withdraw(ConsentRow consent) {
        try {
            stories.withdrawConsent(consent.id());
            FacesMessages.info("story.consents.withdrawn");
        } catch (RuntimeException e) {
            FacesMessages.failed(e, null);
        }
        consents = null;
    }
}
