package se.ambassadorsportalen.story.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import se.ambassadorsportalen.organisation.boundary.ApproversReplaced;
import se.ambassadorsportalen.platform.persistence.InLists;
import se.ambassadorsportalen.platform.time.PortalTime;
import se.ambassadorsportalen.story.entity.Story;
import se.ambassadorsportalen.story.entity.StoryStatus;

/**
 * Stories waiting for a manager who left or stopped managing go to the author's manager as the HR
 * import left the organisation; those with nobody above the author are flagged in the import's
 * report. Runs inside the import's transaction, so the import and the hand-over commit together.
 */
@ApplicationScoped
public class ApprovalHandOver {

    @PersistenceContext
    EntityManager em;

    void approversReplaced(@Observes ApproversReplaced replaced) {
        List<Story> waiting = em.createQuery(
                        "select s from Story s join fetch s.author"
                                + " where s.status = :submitted and s.approver.id in :people order by s.id",
                        Story.class)
                .setParameter("submitted", StoryStatus.SUBMITTED)
                .setParameter("people", InLists.padded(replaced.personIds()))
                .getResultList();
        Instant now = PortalTime.moment();
        for (Story story : waiting) {
            story.handOverApproval(now)
                    .ifPresentOrElse(
                            next -> replaced.handedOver(1),
                            () -> replaced.flag(
                                    story.getTitle() + " (" + story.getAuthor().getDisplayName() + ")"));
        }
    }
}
