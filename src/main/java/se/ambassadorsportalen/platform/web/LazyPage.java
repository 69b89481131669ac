package se.ambassadorsportalen.platform.web;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import se.ambassadorsportalen.platform.persistence.Page;
import se.ambassadorsportalen.platform.persistence.PageRequest;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;

/**
 * A PrimeFaces lazy table model over any boundary method that pages in the database. The table
 * asks for one page at a time; nothing loads the whole list.
 */
public class LazyPage<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /**
     * The model lives in a view-scoped bean, which the shared session store serializes: the two
     * functions must travel with it (a lambda over an EJB proxy or the bean itself serializes),
     * or the table on another node after a failover would have nothing to read from.
     */
    public interface Source<T> extends Function<PageRequest, Page<T>>, Serializable {}

    public interface Key<T> extends Function<T, String>, Serializable {}

    private final Source<T> source;
    private final Key<T> key;
    private transient Page<T> lastPage;
    private transient PageRequest lastRequest;
    /** The request the cached page was read in: a later request (after a change) reads again. */
    private transient Object lastContext;

    public LazyPage(Source<T> source, Key<T> key) {
        this.source = source;
        this.key = key;
    }

    public static <E extends VersionedEntity> LazyPage<E> of(Source<E> source) {
        return new LazyPage<>(source, entity -> String.valueOf(entity.getId()));
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) fetch(new PageRequest(0, 1, null, true, filters(filterBy))).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String sortField = null;
        boolean ascending = true;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta sort = sortBy.values().iterator().next();
            sortField = sort.getField();
            ascending = sort.getOrder() != SortOrder.DESCENDING;
        }
        Page<T> page = fetch(new PageRequest(first, pageSize, sortField, ascending, filters(filterBy)));
        setRowCount((int) page.total());
        return page.items();
    }

    private Page<T> fetch(PageRequest request) {
        Object context = FacesContext.getCurrentInstance();
        if (!request.equals(lastRequest) || context != lastContext) {
            lastPage = source.apply(request);
            lastRequest = request;
            lastContext = context;
        }
        return lastPage;
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData() == null
                ? null
                : ((List<T>) getWrappedData())
                        .stream()
                                .filter(row -> key.apply(row).equals(rowKey))
                                .findFirst()
                                .orElse(null);
    }

    private static Map<String, String> filters(Map<String, FilterMeta> filterBy) {
        Map<String, String> filters = new HashMap<>();
        if (filterBy != null) {
            filterBy.forEach((field, meta) -> {
                if (meta.getFilterValue() != null) {
                    filters.put(field, String.valueOf(meta.getFilterValue()));
                }
            });
        }
        return filters;
    }
}
