package se.ambassadorsportalen.platform.web;

import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;

/**
 * A lazy calendar model that keeps its events only for the request that loaded them. PrimeFaces'
 * {@link LazyScheduleModel} loads the visible range per request but keeps the events in the model,
 * and so in the view and the session, until the next load: in a 300-user run communicators' views
 * held 57,000 calendar events. Here the events are dropped when the request ends ({@link
 * RequestEnd}); a later request that names an event (a click or a drag sends its id) gets it from
 * {@link #event(String)}, which rebuilds it from the id alone, so the id must carry what a drag
 * needs (e.g. the record's id and the start the user saw).
 */
public abstract class RequestScheduleModel extends LazyScheduleModel {

    private static final long serialVersionUID = 1L;

    private transient boolean forgetting;

    @Override
    public void addEvent(ScheduleEvent<?> event) {
        super.addEvent(event);
        if (!forgetting) {
            forgetting = true;
            RequestEnd.forget(this::forgetEvents);
        }
    }

    @Override
    public ScheduleEvent<?> getEvent(String id) {
        ScheduleEvent<?> loaded = super.getEvent(id);
        return loaded != null || id == null ? loaded : event(id);
    }

    /**
     * The event with this id as the calendar showed it, rebuilt without the loaded range; null when
     * the id names none. The default knows none: a calendar without clicks or drags needs nothing here.
     */
    protected ScheduleEvent<?> event(String id) {
        return null;
    }

    private void forgetEvents() {
        clear();
        forgetting = false;
    }
}
