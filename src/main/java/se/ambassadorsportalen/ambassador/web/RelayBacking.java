package se.ambassadorsportalen.ambassador.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.ScheduleModel;
import se.ambassadorsportalen.ambassador.boundary.Ambassadors;
import se.ambassadorsportalen.ambassador.boundary.RelayRota;
import se.ambassadorsportalen.ambassador.boundary.Trainings;
import se.ambassadorsportalen.ambassador.control.RotaPlan;
import se.ambassadorsportalen.ambassador.entity.Ambassador;
import se.ambassadorsportalen.ambassador.entity.Purpose;
import se.ambassadorsportalen.ambassador.entity.RelayRequest;
import se.ambassadorsportalen.ambassador.entity.RelayWeek;
import se.ambassadorsportalen.organisation.boundary.CurrentUser;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.time.PortalTime;
import se.ambassadorsportalen.platform.web.FacesMessages;
import se.ambassadorsportalen.platform.web.RequestScheduleModel;

/**
 * The relay rota page: a calendar of weeks and the coming eight weeks with their gaps for
 * everyone; asking for a week for trained ambassadors; the week's checklist for its instagrammer;
 * confirming, moving, declining and recording hand-overs for communicators. The calendar's weeks
 * are read per request and not kept in the view ({@link RequestScheduleModel}).
 */
@Named
@ViewScoped
public class RelayBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RelayRota rota;

    @Inject
    Ambassadors ambassadors;

    @Inject
    Trainings trainings;

    @Inject
    CurrentUser currentUser;

    private ScheduleModel calendar;
    private List<RotaPlan.Slot> ahead;
    private boolean trained;
    private boolean employee;
    private final Map<Long, String> reasons = new HashMap<>();
    private final Map<Long, String> moves = new HashMap<>();
    private final Map<String, String> gifts = new HashMap<>();

    @PostConstruct
    void init() {
        employee = currentUser.holds(Role.EMPLOYEE) && currentUser.person().isPresent();
        calendar = new RequestScheduleModel() {
            private static final long serialVersionUID = 1L;

            @Override
            public void loadEvents(LocalDateTime start, LocalDateTime end) {
                LocalDate to = end.toLocalDate();
                LocalDate from = start.toLocalDate();
                if (from.plusWeeks(RelayRota.MAX_WEEKS).isBefore(to)) {
                    to = from.plusWeeks(RelayRota.MAX_WEEKS);
                }
                for (RelayWeek week : rota.weeks(from, to)) {
                    String title = week.isConfirmed()
                            ? RelayRota.nameOf(week.getConfirmed())
                            : FacesMessages.text("ambassador.relay.state.REQUESTED");
                    addEvent(DefaultScheduleEvent.builder()
                            .title(week.getIsoWeek() + ": " + title)
                            .startDate(week.getStartsOn().atStartOfDay())
                            .endDate(week.getStartsOn().plusDays(7).atStartOfDay())
                            .allDay(true)
                            .styleClass(week.isConfirmed() ? "relay-confirmed" : "relay-requested")
                            .build());
                }
            }
        };
        refresh();
    }

    private void refresh() {
        ahead = rota.ahead(PortalTime.today());
        Ambassador me =
                employee ? ambassadors.mine().filter(Ambassador::isActive).orElse(null) : null;
        trained = me != null && trainings.trainedFor(me, Purpose.RELAY);
    }

    public void request(RotaPlan.Slot slot) {
        try {
            rota.request(slot.week().toString());
            FacesMessages.info("ambassador.relay.requested", slot.week().toString());
            refresh();
        } catch (RuntimeException e) {
            FacesMessages.failed(e, null);
        }
    }

    public void confirm(RelayRequest request) {
        try {
            RelayWeek week = rota.confirm(request.getId());
            FacesMessages.info("ambassador.relay.confirmed", week.getIsoWeek(), RelayRota.nameOf(week.getConfirmed()));
            refresh();
        } catch (RuntimeException e) {
            FacesMessages.failed(e, null);
        }
    }

    public void decline(RelayRequest request) {
        try {
            rota.decline(request.getId(), reasons.get(request.getId()));
            FacesMessages.info("ambassador.relay.declined", request.getWeek().getIsoWeek());
            reasons.remove(request.getId());
            refresh();
        } catch (RuntimeException e) {
            FacesMessages.failed(e, null);
        }
    }

    public void move(RelayRequest request) {
        try {
            RelayRequest moved = rota.move(request.getId(), moves.get(request.getId()));
            FacesMessages.info("ambassador.relay.moved", moved.getWeek().getIsoWeek());
            moves.remove(request.getId());
            refresh();
        } catch (RuntimeException e) {
            FacesMessages.failed(e, null);
        }
    }

    public void acknowledge() {
        try {
            RelayWeek week = getMyWeek();
            rota.acknowledgeGuideline(week.getIsoWeek());
            FacesMessages.info("ambassador.relay.acknowledged");
        } catch (RuntimeException e) {
            FacesMessages.failed(e, null);
        }
    }

    public void handover(RelayWeek week) {
        try {
            rota.recordHandover(week.getIsoWeek(), gifts.get(week.getIsoWeek()));
            FacesMessages.info("ambassador.relay.handedOver", week.getIsoWeek());
        } catch (RuntimeException e) {
            FacesMessages.failed(e, null);
        }
    }

    public boolean isCommunicator() {
        return currentUser.holds(Role.COMMUNICATOR);
    }

    public List<RelayRequest> getOpenRequests() {
        return isCommunicator() ? rota.openRequests() : List.of();
    }

    /** Confirmed weeks from four weeks back to this week, for recording hand-overs. */
    public List<RelayWeek> getRecentWeeks() {
        if (!isCommunicator()) {
            return List.of();
        }
        LocalDate today = PortalTime.today();
        return rota.weeks(today.minusWeeks(4), today).stream()
                .filter(RelayWeek::isConfirmed)
                .toList();
    }

    public RelayWeek getMyWeek() {
        return employee ? rota.myNextWeek(PortalTime.today()).orElse(null) : null;
    }

    public List<String> getChecklist() {
        return RelayRota.CHECKLIST.stream().map(FacesMessages::text).toList();
    }

    public List<String> getFreeWeeks() {
        return ahead.stream()
                .filter(slot -> slot.state() != RotaPlan.State.CONFIRMED)
                .map(slot -> slot.week().toString())
                .toList();
    }

    public String nameOf(RelayRequest request) {
        return RelayRota.nameOf(request.getAmbassador());
    }

    public String nameOfWeek(RelayWeek week) {
        return RelayRota.nameOf(week.getConfirmed());
    }

    public ScheduleModel getCalendar() {
        return calendar;
    }

    public List<RotaPlan.Slot> getAhead() {
        return ahead;
    }

    public boolean isTrained() {
        return trained;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public Map<Long, String> getMoves() {
        return moves;
    }

    public Map<String, String> getGifts() {
        return gifts;
    }
}
