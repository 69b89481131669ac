package se.ambassadorsportalen.platform.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A region's mapping of its groups to portal roles, as configured per role
 * ({@code <prefix>communicator=grp-communicators,grp-web}); {@code *} grants the role to everyone
 * signed in that way. Shared by single sign-on and the directory login.
 */
public record GroupRoles(Map<Role, Set<String>> groups) {

    /** Every portal role a region may map groups to; HR_IMPORT is for integration accounts only. */
    public static final Set<Role> MAPPABLE =
            EnumSet.of(Role.EMPLOYEE, Role.MANAGER, Role.PRESS_OFFICER, Role.HR, Role.COMMUNICATOR, Role.ADMIN);

    static final String EVERYONE = "*";

    public GroupRoles {
        EnumMap<Role, Set<String>> copy = new EnumMap<>(Role.class);
        groups.forEach((role, names) -> {
            if (!names.isEmpty()) {
                copy.put(role, Set.copyOf(names));
            }
        });
        groups = Map.copyOf(copy);
    }

    /** The mapping under {@code prefix} ({@code portal.oidc.roles.}), one property per role in lower case with dashes. */
    static GroupRoles read(String prefix, Function<String, Optional<String>> lookup) {
        Map<Role, Set<String>> groups = new EnumMap<>(Role.class);
        for (Role role : MAPPABLE) {
            lookup.apply(prefix + role.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .ifPresent(list -> groups.put(role, names(list)));
        }
        return new GroupRoles(groups);
    }

    /**
     * The group names in a setting: separated by commas or spaces, or, when the setting holds
     * distinguished names (which contain commas and spaces themselves), by semicolons.
     */
    static Set<String> names(String list) {
        String separators = list.contains("=") ? ";" : "[,\\s]+";
        return new LinkedHashSet<>(Arrays.stream(list.split(separators))
                .map(String::trim)
                .filter(s -> !s.isBlank())
                .toList());
    }

    /** The roles someone in {@code memberOf} holds by the mapping. */
    public Set<Role> rolesFor(Collection<String> memberOf) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        groups.forEach((role, mapped) -> {
            if (mapped.contains(EVERYONE) || memberOf.stream().anyMatch(mapped::contains)) {
                roles.add(role);
            }
        });
        return roles;
    }

    /** The same mapping with every group name in lower case, for directories, which compare names without case. */
    GroupRoles lowerCased() {
        Map<Role, Set<String>> lower = new EnumMap<>(Role.class);
        groups.forEach((role, names) -> lower.put(
                role,
                Set.copyOf(names.stream()
                        .map(name -> name.toLowerCase(Locale.ROOT))
                        .toList())));
        return new GroupRoles(lower);
    }

    /** The roles a mapping exists for: these the groups decide. */
    public Set<Role> owned() {
        return groups.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(groups.keySet());
    }
}
