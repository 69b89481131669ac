package se.ambassadorsportalen.platform.search;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import se.ambassadorsportalen.platform.security.Role;

/**
 * The keys that say who may see a search hit. A document lists the keys of its readers, a caller
 * holds keys (every role they hold, and what their modules add: themselves, their units); a hit is
 * shown when the two share one. The platform adds the caller's roles; the modules add the rest.
 */
public final class SearchReaders {

    private SearchReaders() {}

    public static String role(Role role) {
        return "role:" + role.name();
    }

    public static Set<String> roles(Collection<Role> roles) {
        return roles.stream().map(SearchReaders::role).collect(Collectors.toUnmodifiableSet());
    }

    /** One person (an owner, the one pictured, the one who approves). */
    public static String person(long personId) {
        return "person:" + personId;
    }

    /** Members of one unit (a module decides whether that includes the units below it). */
    public static String unit(long unitId) {
        return "unit:" + unitId;
    }
}
