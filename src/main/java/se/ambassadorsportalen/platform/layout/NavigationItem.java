package se.ambassadorsportalen.platform.layout;

import java.util.Set;
import se.ambassadorsportalen.platform.security.Role;

/**
 * An entry of the main navigation: shown to users who hold at least one of {@code roles}.
 * {@code labelKey} is a resource-bundle key; {@code path} is relative to the context root.
 * {@code group} gathers a module's entries under one menu ({@code <group>.nav.group} names it);
 * null keeps the entry on its own at the top (home, the user's account).
 */
public record NavigationItem(String id, String labelKey, String path, int order, Set<Role> roles, String group) {

    /** An entry in its module's menu: the module is the first part of its label key ("story.nav.stories"). */
    public NavigationItem(String id, String labelKey, String path, int order, Set<Role> roles) {
        this(id, labelKey, path, order, roles, labelKey.substring(0, labelKey.indexOf('.')));
    }

    /** An entry that stands on its own at the top of the navigation. */
    public static NavigationItem topLevel(String id, String labelKey, String path, int order, Set<Role> roles) {
        return new NavigationItem(id, labelKey, path, order, roles, null);
    }

    /** The bundle key of the group's menu label. */
    public String groupLabelKey() {
        return group == null ? labelKey : group + ".nav.group";
    }
}
