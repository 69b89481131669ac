package se.ambassadorsportalen.it;

import java.util.List;
import java.util.Map;

/**
 * The navigation each demo user must see, in order: the role matrix of the pages, as the
 * browser tests check it. A module that adds a page adds its entry here for every user that
 * may open it.
 */
final class RoleNavigation {

    static final Map<String, List<String>> EXPECTED = Map.of(
            "eva", List.of("nav-home"),
            "magnus", List.of("nav-home"),
            "petra", List.of("nav-home", "nav-press-lookup", "nav-press-inquiries", "nav-press-registry",
                    "nav-press-releases"),
            "hanna", List.of("nav-home"),
            "klara", List.of("nav-home", "nav-press-lookup", "nav-press-inquiries", "nav-press-registry",
                    "nav-press-releases"),
            "admin", List.of("nav-home", "nav-admin-units", "nav-admin-people", "nav-admin-users"));

    /** Pages that some demo users may open and others must be refused (403), by path. */
    static final Map<String, List<String>> PAGE_ACCESS = Map.of(
            "/admin/users.xhtml", List.of("admin"),
            "/admin/units.xhtml", List.of("admin"),
            "/admin/people.xhtml", List.of("admin"),
            "/press/lookup.xhtml", List.of("petra", "klara"),
            "/press/inquiries.xhtml", List.of("petra", "klara"),
            "/press/registry.xhtml", List.of("petra", "klara"),
            "/press/releases.xhtml", List.of("petra", "klara"));

    private RoleNavigation() {
    }
}
