package se.ambassadorsportalen.story.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.ambassadorsportalen.story.boundary.Stories;
import se.ambassadorsportalen.story.entity.Placement;
import se.ambassadorsportalen.story.entity.Story;

/** The story cards of the home page and the manager's approval list: what waits for the caller. */
@Named
@RequestScoped
public class StoryHomeBacking {

    @Inject
    Stories stories;

    private List<Story> mine;
    private List<Story> waiting;
    private List<Story> toSchedule;
    private List<Placement> thisWeek;
    private List<Placement> toTakeDown;
    private Long openConsents;

    public List<Story> getMine() {
        if (mine == null) {
            mine = stories.myLatest(5);
        }
        return mine;
    }

    public long getOpenConsents() {
        if (openConsents == null) {
            openConsents = stories.openConsentRequests();
        }
        return openConsents;
    }

    public List<Story> getWaitingForMe() {
        if (waiting == null) {
            waiting = stories.waitingForMe();
        }
        return waiting;
    }

    public List<Story> getToSchedule() {
        if (toSchedule == null) {
            toSchedule = stories.waitingForScheduling();
        }
        return toSchedule;
    }

    /** The oldest five approved stories, for the card. */
    public List<Story> getToScheduleFirst() {
        return getToSchedule().subList(0, Math.min(5, getToSchedule().size()));
    }

    public List<Placement> getThisWeek() {
        if (thisWeek == null) {
            thisWeek = stories.calendar(Stories.startOfWeek(), Stories.startOfWeek().plusDays(7), null, null, null);
        }
        return thisWeek;
    }

    public List<Placement> getToTakeDown() {
        if (toTakeDown == null) {
            toTakeDown = stories.postsToTakeDown();
        }
        return toTakeDown;
    }
}
