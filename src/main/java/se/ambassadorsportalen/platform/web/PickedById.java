package se.ambassadorsportalen.platform.web;

import java.io.Serializable;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

/**
 * What an autocomplete picked, kept in a view-scoped bean by its id. The converter hands the bean
 * the entity; kept as it is, it would stay in the session with the persistence context that read it
 * for as long as the view does. This keeps the id, the entity only for the request that picked it
 * ({@link PerRequest}), and reads it again in a later request that shows or uses the choice.
 */
public final class PickedById<E extends VersionedEntity> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Reads the picked entity again by its id (a lambda over an EJB proxy travels with the view). */
    public interface Lookup<E> extends Serializable {
        E find(long id);
    }

    private final Lookup<E> lookup;
    private Long id;
    private final PerRequest<E> picked = PerRequest.of(this::read);

    private PickedById(Lookup<E> lookup) {
        this.lookup = lookup;
    }

    public static <E extends VersionedEntity> PickedById<E> of(Lookup<E> lookup) {
        return new PickedById<>(lookup);
    }

    /** The picked entity, read at most once per request; {@code null} when nothing is picked. */
    public E get() {
        return picked.get();
    }

    /** What the autocomplete set ({@code null} clears it). */
    public void set(E entity) {
        id = entity == null ? null : entity.getId();
        picked.set(entity);
    }

    /** The picked entity's id, without reading it; {@code null} when nothing is picked. */
    public Long id() {
        return id;
    }

    private E read() {
        return id == null ? null : lookup.find(id);
    }
}
