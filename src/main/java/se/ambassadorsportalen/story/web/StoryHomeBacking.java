package se.ambassadorsportalen.story.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.ambassadorsportalen.platform.persistence.Page;
import se.ambassadorsportalen.platform.persistence.PageRequest;
import se.ambassadorsportalen.platform.web.LazyPage;
import se.ambassadorsportalen.story.boundary.Stories;
import se.ambassadorsportalen.story.entity.Story;

/** The story cards of the home page and the manager's approval list: what waits for the caller. */
@Named
@RequestScoped
public class StoryHomeBacking {

    @Inject
    Stories stories;

    /** The cards show the first few; the counts are the whole, and the pages list the rest. */
    static final int CARD_ROWS = 5;

    private List<Story> mine;
    private Page<Story> waiting;
    private List<Stories.StoryLine> toSchedule;
    private Page<Stories.PlacementLine> thisWeek;
    private Stories.MyTasks myTasks;
    private LazyPage<Story> approvals;

    public List<Story> getMine() {
        if (mine == null) {
            mine = stories.myLatest(5);
        }
        return mine;
    }

    public long getOpenConsents() {
        return getMyTasks().consentsToAnswer();
    }

    /** The caller's story tasks, counted once per request for the cards and the to-do list alike. */
    public Stories.MyTasks getMyTasks() {
        if (myTasks == null) {
            myTasks = stories.myTasks();
        }
        return myTasks;
    }

    /** The first few stories waiting for the caller's decision, for the card. */
    public List<Story> getWaitingForMe() {
        return waiting().items();
    }

    public long getWaitingCount() {
        return waiting().total();
    }

    private Page<Story> waiting() {
        if (waiting == null) {
            waiting = stories.waitingForMe(PageRequest.of(0, CARD_ROWS));
        }
        return waiting;
    }

    /** Every story waiting for the caller's decision, paged in the database: the approvals page. */
    public LazyPage<Story> getApprovals() {
        if (approvals == null) {
            approvals = LazyPage.of(request -> stories.waitingForMe(request));
        }
        return approvals;
    }

    /** Counted with the caller's other story tasks, in the statement the to-do list needs anyway. */
    public long getToScheduleCount() {
        return getMyTasks().toSchedule();
    }

    /** The stories approved longest ago and not yet planned, for the card: titles only. */
    public List<Stories.StoryLine> getToScheduleFirst() {
        if (toSchedule == null) {
            toSchedule = stories.waitingForSchedulingLines(CARD_ROWS);
        }
        return toSchedule;
    }

    /** The week's first placements, for the card; the calendar shows them all. */
    public List<Stories.PlacementLine> getThisWeek() {
        return thisWeek().items();
    }

    /** How many of the week's placements the card leaves to the calendar. */
    public long getThisWeekMore() {
        return thisWeek().total() - thisWeek().items().size();
    }

    private Page<Stories.PlacementLine> thisWeek() {
        if (thisWeek == null) {
            thisWeek = stories.calendarLines(Stories.startOfWeek(0), Stories.startOfWeek(1), CARD_ROWS);
        }
        return thisWeek;
    }

    /** How many withdrawn stories are still posted somewhere. */
    public long getToTakeDownCount() {
        return getMyTasks().toTakeDown();
    }
}
