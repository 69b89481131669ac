package se.ambassadorsportalen.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.Page;
import se.ambassadorsportalen.platform.persistence.PageRequest;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;
import se.ambassadorsportalen.platform.rest.ProblemMappers;

/**
 * A PrimeFaces lazy table model over any boundary method that pages in the database. The table
 * asks for one page at a time; nothing loads the whole list. Each request carries the view's
 * language, so a column sorted by name follows the reader's alphabet.
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
    /** The page read in this request; forgotten with the rows when the request ends ({@link RequestEnd}). */
    private transient Page<T> lastPage;

    private transient PageRequest lastRequest;
    /** Why the boundary refused this request's filters, in the reader's language; null when it did not. */
    private transient String refusal;
    /** Whether the kept page was read to render: one read for a postback's action is stale after it. */
    private transient boolean lastRendering;
    /**
     * What the page showed last: its request and its rows' keys (a few strings, not the rows). A
     * postback that reads the page again acts on a row by its index, so rows that moved meanwhile
     * are left out until the page is rendered again ({@link #rowsInPlace}). Both travel with the
     * view, so a postback that a failover sends to another node is protected as well.
     */
    private PageRequest shownRequest;

    private List<String> shownKeys = List.of();

    public LazyPage(Source<T> source, Key<T> key) {
        this.source = source;
        this.key = key;
    }

    public static <E extends VersionedEntity> LazyPage<E> of(Source<E> source) {
        return new LazyPage<>(source, entity -> String.valueOf(entity.getId()));
    }

    /**
     * The table asks for the count just before the page: both come from one read of the page the
     * table is about to show (its first row, rows and sort), so a page that is not full costs one
     * statement and a full one two ({@code Queries.page}), not a count and a one-row page besides.
     */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        FacesContext context = FacesContext.getCurrentInstance();
        UIComponent current = context == null ? null : UIComponent.getCurrentComponent(context);
        PageRequest request = current instanceof DataTable table
                ? request(table.getFirst(), table.getRows(), table.getActiveSortMeta(), filterBy)
                : request(0, getPageSize(), null, filterBy);
        return (int) fetch(request).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        PageRequest request = request(first, pageSize, sortBy, filterBy);
        Page<T> page = fetch(request);
        setRowCount((int) page.total());
        return rows(request, page, rendering());
    }

    /**
     * The rows to give the table: a page being rendered is remembered as shown; a page read again
     * for a postback gives only the rows still where that showing had them.
     */
    List<T> rows(PageRequest request, Page<T> page, boolean rendering) {
        if (rendering) {
            shownRequest = request;
            shownKeys = page.items().stream().map(key).toList();
            return page.items();
        }
        return request.equals(shownRequest) ? rowsInPlace(page.items(), shownKeys, key) : page.items();
    }

    /**
     * The rows of a page read again for a postback, as far as they stand where the page showed
     * them. A button in a row names the row by its index; when someone else's change moved the rows
     * (a story planned, an inquiry closed), the row now at that index is another one, and acting on
     * it would plan or close the wrong thing. Rows from the first one out of place on are left out,
     * so a click on them does nothing; the page then renders the fresh rows. Rows only added or
     * removed at the end leave every shown index in place.
     */
    static <T> List<T> rowsInPlace(List<T> rows, List<String> shown, Function<T, String> key) {
        int inPlace = 0;
        int comparable = Math.min(rows.size(), shown.size());
        while (inPlace < comparable && key.apply(rows.get(inPlace)).equals(shown.get(inPlace))) {
            inPlace++;
        }
        return inPlace == comparable ? rows : List.copyOf(rows.subList(0, inPlace));
    }

    private static PageRequest request(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String sortField = null;
        boolean ascending = true;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta sort = sortBy.values().iterator().next();
            sortField = sort.getField();
            ascending = sort.getOrder() != SortOrder.DESCENDING;
        }
        return new PageRequest(first, pageSize, sortField, ascending, filters(filterBy), reader());
    }

    /** The page's language: a sort by name follows its alphabet (see {@code SortKeys}). */
    private static java.util.Locale reader() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null
                ? null
                : context.getViewRoot().getLocale();
    }

    private Page<T> fetch(PageRequest request) {
        boolean rendering = rendering();
        if (!request.equals(lastRequest) || rendering != lastRendering) {
            if (lastRequest == null) {
                RequestEnd.forget(this::forget);
            }
            lastPage = read(request);
            lastRequest = request;
            lastRendering = rendering;
        }
        return lastPage;
    }

    /**
     * The page, or none when the boundary refused the table's filters (a date filter box holding
     * "next week"): the table then shows no rows and, in their place, what was refused
     * ({@link #emptyMessage}), instead of an error page. Not a page message: the layout's messages are
     * rendered before the table reads its rows, so a message added then never showed.
     */
    private Page<T> read(PageRequest request) {
        try {
            Page<T> page = source.apply(request);
            refusal = null;
            return page;
        } catch (RuntimeException e) {
            if (!(ProblemMappers.unwrap(e) instanceof PortalException refused)
                    || refused.kind() != PortalException.Kind.INVALID) {
                throw e;
            }
            refusal = FacesContext.getCurrentInstance() == null
                    ? refused.key()
                    : FacesMessages.text(refused.key(), refused.arguments());
            return Page.empty();
        }
    }

    /**
     * What the table says when it has no rows: why the filters were refused, or {@code otherwise}.
     * For the table's {@code emptyMessage}, which is read after the rows:
     * {@code emptyMessage="#{bean.log.emptyMessage(msg['platform.table.empty'])}"}.
     */
    public String emptyMessage(String otherwise) {
        return refusal == null ? otherwise : refusal;
    }

    private static boolean rendering() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
    }

    /**
     * Drops the rows at the end of the request that read them: the view (and so the session) keeps
     * no entities between requests. A postback that needs the rows (a button in a row) has the
     * table read its page again, as it does when the rows are missing.
     */
    private void forget() {
        lastPage = null;
        lastRequest = null;
        refusal = null;
        setWrappedData(null);
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
