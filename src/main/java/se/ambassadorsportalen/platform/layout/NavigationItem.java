package se.ambassadorsportalen.platform.layout;

import java.util.Set;
import se.ambassadorsportalen.platform.security.Role;

/**
 * An entry of the main navigation: shown to users who hold at least one of {@code roles}.
 * {@code labelKey} is a resource-bundle key; {@code path} is relative to the context root.
 */
public record NavigationItem(String id, String labelKey, String path, int order, Set<Role> roles) {
}
