package se.ambassadorsportalen.story.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.event.SelectEvent;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;
import se.ambassadorsportalen.organisation.boundary.Organisation;
import se.ambassadorsportalen.organisation.entity.Unit;
import se.ambassadorsportalen.platform.persistence.Limited;
import se.ambassadorsportalen.platform.time.PortalTime;
import se.ambassadorsportalen.platform.web.FacesMessages;
import se.ambassadorsportalen.platform.web.LazyPage;
import se.ambassadorsportalen.platform.web.PerRequest;
import se.ambassadorsportalen.platform.web.RequestScheduleModel;
import se.ambassadorsportalen.story.boundary.Stories;
import se.ambassadorsportalen.story.boundary.Stories.ScheduleResult;
import se.ambassadorsportalen.story.control.CalendarMove;
import se.ambassadorsportalen.story.control.CalendarMove.Entry;
import se.ambassadorsportalen.story.control.CalendarWarnings.Warning;
import se.ambassadorsportalen.story.entity.Placement;
import se.ambassadorsportalen.story.entity.Story;

/**
 * The publishing calendar: everything planned and published across the channels, filtered by
 * channel, material type and administration. Planning and dragging go through the channel
 * guide's rules; when one is broken the warnings are shown and nothing changes until the
 * communicator confirms. The page holds only ids, filters and the pending change between ajax
 * calls: the calendar's events, the tables' rows, the menu's administrations and the selected
 * entry are read per request and forgotten at its end ({@link RequestScheduleModel}, {@link
 * LazyPage}, {@link PerRequest}); kept in the view, they held a communicator's session's calendar
 * weeks with their entities' units of work.
 */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private final PerRequest<List<Unit>> administrations =
            PerRequest.of(() -> this.organisation.administrations(this.userLanguage.getLocale()));
    private LazyPage<Story> toSchedule;
    private LazyPage<Placement> toTakeDown;

    @Inject
    Stories stories;

    @Inject
    Organisation organisation;

    /** The reader's language, for the alphabet of the menus and pickers. */
    @Inject
    se.ambassadorsportalen.platform.web.Language userLanguage;

    @Inject
    StoryLabels labels;

    private String channelFilter;
    private String typeFilter;
    private Long administrationFilter;
    private ScheduleModel model;

    // planning a story
    private Long planStoryId;
    private String planChannel;
    private LocalDateTime planAt;
    // a warned change waiting for confirmation: a plan (placement null) or a move
    private Long pendingPlacementId;
    private LocalDateTime pendingMoveAt;
    private List<String> warnings = new ArrayList<>();

    // the selected calendar entry
    private Long selectedPlacementId;
    private final PerRequest<Placement> selected = PerRequest.of(
            () -> this.selectedPlacementId == null ? null : this.stories.placement(this.selectedPlacementId));
    private final PerRequest<Story> planStory =
            PerRequest.of(() -> this.planStoryId == null ? null : this.stories.story(this.planStoryId));
    private String link;

    @PostConstruct
    void init() {
        model = new RequestScheduleModel() {
            private static final long serialVersionUID = 1L;

            @Override
            public void loadEvents(LocalDateTime start, LocalDateTime end) {
                Limited<Placement> placements = stories.calendar(
                        PortalTime.typed(start),
                        PortalTime.typed(end),
                        channelFilter,
                        typeFilter,
                        administrationFilter);
                // The schedule fetches its entries with an ajax request that renders nothing else
                // (PrimeFaces leaves out the messages there), so a message never showed: the notice
                // above the calendar is shown or hidden by the fetch's answer instead.
                PrimeFaces.current()
                        .executeScript("document.getElementById('calendarCut').hidden = " + !placements.more() + ";");
                for (Placement placement : placements.items()) {
                    boolean published = placement.isPublished();
                    // the calendar shows the portal's wall clock; the placement keeps the instant
                    LocalDateTime shown = PortalTime.local(placement.getScheduledAt());
                    String state =
                            FacesMessages.text(published ? "story.placement.published" : "story.placement.planned");
                    addEvent(DefaultScheduleEvent.<Long>builder()
                            .id(new Entry(placement.getId(), shown).id())
                            .title(labels.channel(placement.getChannelCode()) + ": "
                                    + placement.getStory().getTitle() + " (" + state + ")")
                            .startDate(shown)
                            .endDate(shown.plusMinutes(30))
                            .data(placement.getId())
                            .editable(!published)
                            .draggable(!published)
                            .resizable(false)
                            .styleClass(published ? "calendar-published" : "calendar-planned")
                            .build());
                }
            }

            /** A clicked or dragged entry of an earlier request: its id says which and when it was shown. */
            @Override
            protected ScheduleEvent<?> event(String id) {
                return Entry.of(id)
                        .map(entry -> DefaultScheduleEvent.<Long>builder()
                                .id(id)
                                .startDate(entry.shown())
                                .endDate(entry.shown().plusMinutes(30))
                                .data(entry.placementId())
                                .build())
                        .orElse(null);
            }
        };
    }

    /** How many entries the calendar shows of one period at most, for the notice when a period has more. */
    public int getCalendarMax() {
        return Stories.CALENDAR_MAX;
    }

    // ----- planning --------------------------------------------------------------------------

    public void startPlanning(Story story) {
        planStoryId = story.getId();
        planStory.forget();
        planChannel = story.getSuggestedChannels().stream().findFirst().orElse(null);
        planAt = null;
        warnings = new ArrayList<>();
        pendingPlacementId = null;
        pendingMoveAt = null;
    }

    /**
     * The dialog closed without a plan. Without this the view kept the story, and a later click on a
     * row that had changed meanwhile, which runs no action ({@code LazyPage.rowsInPlace} leaves such
     * rows out), opened that old story again.
     */
    public void stopPlanning() {
        planStoryId = null;
        planStory.forget();
        warnings = new ArrayList<>();
    }

    public void plan() {
        schedule(false);
    }

    public void planAnyway() {
        schedule(true);
    }

    private void schedule(boolean confirmed) {
        if (planStoryId == null) {
            // the click that opens the dialog reached no row's button: the list changed under it
            FacesMessages.error("planForm:planStory", "story.calendar.noStoryChosen");
            return;
        }
        try {
            ScheduleResult result =
                    stories.schedule(planStoryId, null, planChannel, PortalTime.typed(planAt), confirmed);
            if (result.needsConfirmation()) {
                warnings = translate(result.warnings());
                return;
            }
            warnings = new ArrayList<>();
            planStoryId = null;
            planStory.forget();
            FacesMessages.info("story.calendar.planned");
            PrimeFaces.current().executeScript("PF('planDialog').hide()");
        } catch (RuntimeException e) {
            warnings = new ArrayList<>();
            // a refusal without a field (e.g. a consent still missing) is shown in the dialog, where the user is
            FacesMessages.failed(e, "planForm", "planForm:planStory");
        }
    }

    // ----- dragging --------------------------------------------------------------------------

    public void onEventMove(ScheduleEntryMoveEvent event) {
        Entry entry = event.getScheduleEvent() == null
                ? null
                : Entry.of(event.getScheduleEvent().getId()).orElse(null);
        if (entry == null
                || !CalendarMove.moves(
                        event.getYearDelta(), event.getMonthDelta(), event.getDayDelta(), event.getMinuteDelta())) {
            return;
        }
        move(
                entry.placementId(),
                CalendarMove.target(
                        entry.shown(),
                        event.getYearDelta(),
                        event.getMonthDelta(),
                        event.getDayDelta(),
                        event.getMinuteDelta()),
                false);
    }

    public void moveAnyway() {
        if (pendingPlacementId != null) {
            move(pendingPlacementId, pendingMoveAt, true);
        }
    }

    public void cancelMove() {
        pendingPlacementId = null;
        pendingMoveAt = null;
        warnings = new ArrayList<>();
    }

    private void move(long placementId, LocalDateTime at, boolean confirmed) {
        try {
            ScheduleResult result = stories.move(placementId, PortalTime.typed(at), confirmed);
            if (result.needsConfirmation()) {
                pendingPlacementId = placementId;
                pendingMoveAt = at;
                warnings = translate(result.warnings());
                PrimeFaces.current().executeScript("PF('moveDialog').show()");
                return;
            }
            cancelMove();
            FacesMessages.info("story.calendar.moved", labels.time(PortalTime.typed(at)));
        } catch (RuntimeException e) {
            cancelMove();
            FacesMessages.failed(e, null);
        }
    }

    // ----- the selected entry ---------------------------------------------------------------------

    public void onEventSelect(SelectEvent<ScheduleEvent<?>> event) {
        selectedPlacementId = event.getObject() == null
                ? null
                : Entry.of(event.getObject().getId()).map(Entry::placementId).orElse(null);
        selected.forget();
        link = null;
    }

    public Placement getSelected() {
        return selected.get();
    }

    public void publish() {
        Placement entry = getSelected();
        if (entry == null) {
            return;
        }
        try {
            stories.publish(entry.getStory().getId(), null, entry.getChannelCode(), link);
            link = null;
            selected.forget();
            FacesMessages.info("story.calendar.publishedNow");
            PrimeFaces.current().executeScript("PF('entryDialog').hide()");
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "entryForm");
        }
    }

    public void takenDown(Placement placement) {
        try {
            stories.markTakenDown(placement.getStory().getId(), placement.getChannelCode());
            FacesMessages.info("story.calendar.takenDown");
        } catch (RuntimeException e) {
            FacesMessages.failed(e, null);
        }
    }

    private static List<String> translate(List<Warning> found) {
        return new ArrayList<>(
                found.stream().map(w -> FacesMessages.text(w.key(), w.args())).toList());
    }

    /** Paged in the database: a busy spring may leave hundreds approved and unplanned. */
    public LazyPage<Story> getToSchedule() {
        if (toSchedule == null) {
            toSchedule = LazyPage.of(request -> stories.waitingForScheduling(request));
        }
        return toSchedule;
    }

    public LazyPage<Placement> getToTakeDown() {
        if (toTakeDown == null) {
            toTakeDown = LazyPage.of(request -> stories.postsToTakeDown(request));
        }
        return toTakeDown;
    }

    /** Read once per request: the filter menu is asked for on every render and at validation. */
    public List<Unit> getAdministrations() {
        return administrations.get();
    }

    public Story getPlanStory() {
        return planStory.get();
    }

    public ScheduleModel getModel() {
        return model;
    }

    public LocalDateTime getMinTime() {
        return PortalTime.local(PortalTime.moment());
    }

    public boolean isWarned() {
        return !warnings.isEmpty();
    }

    public List<String> getWarnings() {
        return warnings;
    }

    public String getChannelFilter() {
        return channelFilter;
    }

    public void setChannelFilter(String channelFilter) {
        this.channelFilter = channelFilter;
    }

    public String getTypeFilter() {
        return typeFilter;
    }

    public void setTypeFilter(String typeFilter) {
        this.typeFilter = typeFilter;
    }

    public Long getAdministrationFilter() {
        return administrationFilter;
    }

    public void setAdministrationFilter(Long administrationFilter) {
        this.administrationFilter = administrationFilter;
    }

    public String getPlanChannel() {
        return planChannel;
    }

    public void setPlanChannel(String planChannel) {
        this.planChannel = planChannel;
        warnings = new ArrayList<>();
    }

    public LocalDateTime getPlanAt() {
        return planAt;
    }

    public void setPlanAt(LocalDateTime planAt) {
        this.planAt = planAt;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }
}
