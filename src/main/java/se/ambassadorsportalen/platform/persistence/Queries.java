package se.ambassadorsportalen.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import se.ambassadorsportalen.platform.i18n.LabelOrder;

/**
 * Runs a paged, filtered and sorted query in the database with the Criteria API, so that every
 * lazy table in the portal pages the same way. Fields are named by a whitelist that maps the
 * client's field name to an attribute path ("unit.name"): unknown names are ignored. A path to
 * {@link SortKeys} ("person.sortKeys") sorts by the key of the request's language, a path to an enum
 * with {@link se.ambassadorsportalen.platform.i18n.LabelKeys} by its labels in that language.
 */
public final class Queries {

    private Queries() {}

    /**
     * @param sortable maps a client field name to the attribute path to sort by (a {@link SortKeys}
     *     attribute for text in the reader's alphabet)
     * @param textFilters maps a client field name to the attribute path matched case-insensitively by "contains"
     * @param extra further restrictions the caller adds (for instance "only my units"), may return null
     */
    public static <T> Page<T> page(
            EntityManager em,
            Class<T> type,
            PageRequest request,
            Map<String, String> sortable,
            Map<String, String> textFilters,
            BiFunction<CriteriaBuilder, Root<T>, Predicate> extra,
            String defaultSort,
            String... batch) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> query = cb.createQuery(type);
        Root<T> root = query.from(type);
        query.select(root).where(restrictions(cb, root, request, textFilters, extra));
        String sortPath = sortable.getOrDefault(request.sortField() == null ? "" : request.sortField(), defaultSort);
        if (sortPath != null) {
            Path<Object> column = path(root, sortPath);
            Expression<?> sortBy = column;
            if (SortKeys.class.equals(column.getJavaType())) {
                sortBy = column.get(SortKeys.attribute(request.language())); // the reader's alphabet
            } else if (LabelOrder.applies(column.getJavaType())) {
                sortBy = labelRank(cb, column, request.language());
            }
            // ties by id in the same direction: an index on (column, id) then serves either direction,
            // read forwards or backwards, instead of the database sorting the whole match
            boolean ascending = request.ascending() || request.sortField() == null;
            query.orderBy(
                    ascending ? cb.asc(sortBy) : cb.desc(sortBy),
                    ascending ? cb.asc(root.get("id")) : cb.desc(root.get("id")));
        }
        TypedQuery<T> typed = batch(em.createQuery(query), batch)
                .setFirstResult(request.first())
                .setMaxResults(request.size());
        List<T> items = typed.getResultList();
        OptionalLong known = totalWithoutCounting(request, items.size());
        if (known.isPresent()) {
            return new Page<>(items, known.getAsLong());
        }

        CriteriaQuery<Long> countQuery = cb.createQuery(Long.class);
        Root<T> countRoot = countQuery.from(type);
        countQuery.select(cb.count(countRoot)).where(restrictions(cb, countRoot, request, textFilters, extra));
        return new Page<>(items, em.createQuery(countQuery).getSingleResult());
    }

    /**
     * An enum column's place in the alphabetical order of its labels in the reader's language, as
     * a CASE over the constants: the database sorts by what the reader sees, and pages it. No index
     * serves this order, so such a sort sorts all the list's matches; the lists offer it only for
     * columns a reader sorts now and then (a status, a kind), never as their default order.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Expression<Integer> labelRank(CriteriaBuilder cb, Path<Object> column, Locale language) {
        List<? extends Enum<?>> ordered = LabelOrder.of((Class) column.getJavaType(), language);
        CriteriaBuilder.Case<Integer> rank = cb.selectCase();
        for (int place = 0; place < ordered.size(); place++) {
            rank = rank.when(cb.equal(column, ordered.get(place)), place);
        }
        return rank.otherwise(ordered.size());
    }

    /**
     * The total, when the page itself tells it: a page that is not full is the last one, so the
     * total is the rows before it plus its own. Only a full page (or an empty one past the start)
     * needs a count, which under load was the costliest statement of the calendar and press lists.
     */
    static OptionalLong totalWithoutCounting(PageRequest request, int rowsRead) {
        if (rowsRead < request.size() && (rowsRead > 0 || request.first() == 0)) {
            return OptionalLong.of((long) request.first() + rowsRead);
        }
        return OptionalLong.empty();
    }

    /**
     * Reads the given relations (attribute paths from the query's entity, e.g. "author.unit") of all
     * rows with one more statement per relation (EclipseLink's batch reading, {@code IN} lists of
     * the page's ids), instead of one statement per row when a page or feed touches them. Plain hint
     * names, so the portal links no EclipseLink class.
     */
    public static <T> TypedQuery<T> batch(TypedQuery<T> query, String... paths) {
        if (paths.length > 0) {
            query.setHint("eclipselink.batch.type", "IN");
            for (String path : paths) {
                query.setHint("eclipselink.batch", "x." + path);
            }
        }
        return query;
    }

    private static <T> Predicate[] restrictions(
            CriteriaBuilder cb,
            Root<T> root,
            PageRequest request,
            Map<String, String> textFilters,
            BiFunction<CriteriaBuilder, Root<T>, Predicate> extra) {
        List<Predicate> predicates = new ArrayList<>();
        textFilters.forEach((field, attribute) -> {
            String value = request.filter(field);
            if (value != null) {
                predicates.add(cb.like(
                        cb.lower(path(root, attribute).as(String.class)),
                        "%" + escapeLike(value.toLowerCase(Locale.ROOT)) + "%",
                        '\\'));
            }
        });
        if (extra != null) {
            Predicate predicate = extra.apply(cb, root);
            if (predicate != null) {
                predicates.add(predicate);
            }
        }
        return predicates.toArray(Predicate[]::new);
    }

    /**
     * A dotted attribute path; joins along the way are left joins so that empty references still list.
     * An embedded value ("content.issue") is a part of its row, not a relation: it is walked into, not joined.
     */
    public static <T> Path<Object> path(Root<T> root, String dotted) {
        String[] parts = dotted.split("\\.");
        if (parts.length == 1) {
            return root.get(parts[0]);
        }
        jakarta.persistence.criteria.From<?, ?> from = root;
        Path<Object> embedded = null;
        for (int i = 0; i < parts.length - 1; i++) {
            if (embedded != null) {
                embedded = embedded.get(parts[i]);
            } else if (from.getModel() instanceof jakarta.persistence.metamodel.ManagedType<?> type
                    && type.getAttribute(parts[i]).getPersistentAttributeType()
                            == jakarta.persistence.metamodel.Attribute.PersistentAttributeType.EMBEDDED) {
                embedded = from.get(parts[i]);
            } else {
                from = from.join(parts[i], jakarta.persistence.criteria.JoinType.LEFT);
            }
        }
        return embedded != null ? embedded.get(parts[parts.length - 1]) : from.get(parts[parts.length - 1]);
    }

    /**
     * The rows whose time at {@code attribute} falls in the period a date filter box names
     * ({@link TypedPeriod}: "2026-11" is November 2026); null (no restriction) for no text. Text that
     * is no date is refused at {@code field} with a translated message.
     */
    public static <T> Predicate within(
            CriteriaBuilder cb, Root<T> root, String attribute, PageRequest request, String field) {
        TypedPeriod period = TypedPeriod.of(field, request.filter(field));
        if (period == null) {
            return null;
        }
        Path<java.time.Instant> at = root.get(attribute);
        return cb.and(cb.greaterThanOrEqualTo(at, period.from()), cb.lessThan(at, period.until()));
    }

    /**
     * The rows whose enum at {@code attribute} has a label in the reader's language containing the
     * filter's text ({@link se.ambassadorsportalen.platform.i18n.LabelMatch}); null for no text, and
     * none at all when no label contains it.
     */
    public static <T, E extends Enum<E>> Predicate labelled(
            CriteriaBuilder cb, Root<T> root, String attribute, Class<E> type, PageRequest request, String field) {
        String text = request.filter(field);
        if (text == null) {
            return null;
        }
        List<E> matching = se.ambassadorsportalen.platform.i18n.LabelMatch.of(type, text, request.language());
        return matching.isEmpty() ? cb.disjunction() : path(root, attribute).in(matching);
    }

    /**
     * The rows of people whose first name or surname contains every word of the filter's text, case
     * insensitively ({@link NameWords}): "Karin", "Karin Lund" and "Lund, Karin" all find Karin Lund.
     * Null for no text.
     *
     * @param person the dotted path from the row to its person ("ambassador.person"), or "" for a person itself
     */
    public static <T> Predicate nameMatches(
            CriteriaBuilder cb, Root<T> root, String person, PageRequest request, String field) {
        return nameMatches(cb, root, person, request.filter(field));
    }

    /** As {@link #nameMatches(CriteriaBuilder, Root, String, PageRequest, String)}, for a name typed elsewhere (a search form). */
    public static <T> Predicate nameMatches(CriteriaBuilder cb, Root<T> root, String person, String text) {
        NameWords words = NameWords.of(text);
        if (words.isEmpty()) {
            return null;
        }
        jakarta.persistence.criteria.From<?, ?> who = root;
        for (String part : person.isEmpty() ? new String[0] : person.split("\\.")) {
            who = who.join(part, jakarta.persistence.criteria.JoinType.LEFT);
        }
        Expression<String> first = cb.lower(who.get("firstName").as(String.class));
        Expression<String> last = cb.lower(who.get("lastName").as(String.class));
        List<Predicate> each = new ArrayList<>();
        for (String word : words.words()) {
            String pattern = "%" + escapeLike(word) + "%";
            each.add(cb.or(cb.like(first, pattern, '\\'), cb.like(last, pattern, '\\')));
        }
        return cb.and(each.toArray(Predicate[]::new));
    }

    /** All of the given restrictions that are not null; null when none is. */
    public static Predicate allOf(CriteriaBuilder cb, Predicate... restrictions) {
        Predicate[] present = java.util.Arrays.stream(restrictions)
                .filter(java.util.Objects::nonNull)
                .toArray(Predicate[]::new);
        return present.length == 0 ? null : cb.and(present);
    }

    public static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
