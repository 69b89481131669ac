package se.ambassadorsportalen.policy.web;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;
import se.ambassadorsportalen.policy.api.LocalNames;

/**
 * What the channel guide editor's forms hold of the record they change: its id, the version the
 * form was filled in from (a change saved by someone else since is refused) and its names as
 * stored, for the heading. Kept in the view instead of the entity, which would keep the persistence
 * context that read it alive; nothing here for a new record.
 */
public abstract class GuideForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private Map<String, String> storedNames = new LinkedHashMap<>();

    /** Fills in what the form changes: the stored record's id, version and names. */
    void changes(VersionedEntity stored, Map<String, String> names) {
        id = stored.getId();
        version = stored.getVersion();
        storedNames = new LinkedHashMap<>(names);
    }

    /** The stored name in the reader's language, for the heading. */
    public String name(Locale locale) {
        return new LocalNames(storedNames).in(locale);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }
}
