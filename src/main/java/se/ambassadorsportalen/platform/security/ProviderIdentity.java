package se.ambassadorsportalen.platform.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * Whom the provider vouched for, as the portal needs it: the person's stable key (employee number
 * or e-mail, already normalised), the roles their groups map to, and which roles the groups decide
 * ({@code ownedRoles}: the mapped ones, none when the token names no groups); the others stay as
 * an admin set them. With {@code managerFromUnits} the manager role also goes to whoever manages a
 * unit, and only to them unless a mapped group grants it.
 */
public record ProviderIdentity(
        String key, ProviderSettings.KeyKind keyKind, Set<Role> roles, Set<Role> ownedRoles, boolean managerFromUnits) {

    public ProviderIdentity {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        ownedRoles = ownedRoles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(ownedRoles));
    }
}
