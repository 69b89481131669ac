package se.ambassadorsportalen.platform.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The navigation as people use it: one menu per module ({@code labelKey} names it) holding the
 * module's entries the user may see, in the order of their first entry. A group of one entry is
 * shown as that entry alone, since a menu with one item is only an extra click.
 */
public record NavigationGroup(String key, String labelKey, List<NavigationItem> items) {

    public NavigationGroup {
        items = List.copyOf(items);
    }

    /** Whether it is shown as a menu (more than one entry) or as a plain link. */
    public boolean isMenu() {
        return items.size() > 1;
    }

    public NavigationItem first() {
        return items.get(0);
    }

    /** Groups the entries (any order) by module, entries without a group on their own. */
    public static List<NavigationGroup> of(List<NavigationItem> entries) {
        Map<String, List<NavigationItem>> byGroup = new LinkedHashMap<>();
        entries.stream()
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .forEach(item -> byGroup.computeIfAbsent(
                                item.group() == null ? "item:" + item.id() : item.group(), key -> new ArrayList<>())
                        .add(item));
        return byGroup.entrySet().stream()
                .map(entry -> new NavigationGroup(
                        entry.getKey(), entry.getValue().get(0).groupLabelKey(), entry.getValue()))
                .toList();
    }
}
