package se.ambassadorsportalen.platform.search;

import java.util.Set;

/**
 * A module changed rows it offers to the search ({@code kinds}, the names of its kinds): fired inside
 * the changing transaction, so that the index of this node reads the change as soon as it is
 * committed instead of at its next scheduled refresh. Other nodes see it at their next refresh.
 */
public record SearchChanged(Set<String> kinds) {

    public static SearchChanged of(String... kinds) {
        return new SearchChanged(Set.of(kinds));
    }
}
