package se.ambassadorsportalen.platform.web;

import java.io.Serializable;
import java.util.function.Supplier;

/**
 * A value a view-scoped bean reads at most once per request and forgets when the request ends
 * ({@link RequestEnd}): an entity the page shows, a menu's choices. Kept in the view instead, an
 * entity would stay in the session with its whole persistence context for as long as the view
 * does; the bean keeps the id and reads again in the next request.
 */
public final class PerRequest<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Travels with the view when the session store serializes it (a lambda over a bean or an EJB proxy). */
    public interface Source<T> extends Supplier<T>, Serializable {}

    private final Source<T> source;
    private transient T value;
    private transient boolean read;

    private PerRequest(Source<T> source) {
        this.source = source;
    }

    public static <T> PerRequest<T> of(Source<T> source) {
        return new PerRequest<>(source);
    }

    public T get() {
        if (!read) {
            set(source.get());
        }
        return value;
    }

    /** The value for the rest of this request, e.g. what a change just returned. */
    public void set(T newValue) {
        if (!read) {
            read = true;
            RequestEnd.forget(this::forget);
        }
        value = newValue;
    }

    /** Reads again at the next {@link #get()}, e.g. after the page changed what the value shows. */
    public void forget() {
        value = null;
        read = false;
    }
}
