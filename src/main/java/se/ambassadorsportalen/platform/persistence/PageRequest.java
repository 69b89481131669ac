package se.ambassadorsportalen.platform.persistence;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/**
 * What a lazy table or a REST client asks for: a window of rows, an optional sort field and
 * text filters by field. Boundaries decide which fields they accept, so a client can never
 * sort or filter on something that is not meant to be visible. The reader's {@code language}
 * decides the alphabet of a sort by name ({@link SortKeys}); none means Swedish. Serializable: a
 * table model keeps the request of the page it showed, and travels with the view to another node.
 */
public record PageRequest(
        int first, int size, String sortField, boolean ascending, Map<String, String> filters, Locale language)
        implements Serializable {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        first = Math.max(0, first);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    public PageRequest(int first, int size, String sortField, boolean ascending, Map<String, String> filters) {
        this(first, size, sortField, ascending, filters, null);
    }

    public static PageRequest of(int first, int size) {
        return new PageRequest(first, size, null, true, Map.of());
    }

    public String filter(String field) {
        String value = filters.get(field);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
