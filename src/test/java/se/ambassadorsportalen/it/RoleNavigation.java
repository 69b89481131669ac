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
            "eva", List.of("nav-home", "nav-ambassador", "nav-relay"),
            "magnus", List.of("nav-home", "nav-ambassador", "nav-relay"),
            "petra", List.of("nav-home", "nav-ambassador", "nav-relay", "nav-ambassador-directory", "nav-ambassador-breadth"),
            "hanna", List.of("nav-home", "nav-ambassador", "nav-relay"),
            "klara", List.of("nav-home", "nav-ambassador", "nav-relay", "nav-ambassador-directory", "nav-ambassador-breadth",
                    "nav-ambassador-applications", "nav-ambassador-training-admin"),
            "admin", List.of("nav-home", "nav-relay", "nav-admin-units", "nav-admin-people", "nav-admin-users"));

    /** Pages that some demo users may open and others must be refused (403), by path. */
    static final Map<String, List<String>> PAGE_ACCESS = Map.ofEntries(
            Map.entry("/admin/users.xhtml", List.of("admin")),
            Map.entry("/admin/units.xhtml", List.of("admin")),
            Map.entry("/admin/people.xhtml", List.of("admin")),
            Map.entry("/ambassador/me.xhtml", List.of("eva", "magnus", "petra", "hanna", "klara")),
            Map.entry("/ambassador/training.xhtml", List.of("eva", "magnus", "petra", "hanna", "klara")),
            Map.entry("/ambassador/relay.xhtml", List.of("eva", "magnus", "petra", "hanna", "klara", "admin")),
            Map.entry("/ambassador/directory/directory.xhtml", List.of("petra", "klara")),
            Map.entry("/ambassador/directory/breadth.xhtml", List.of("petra", "klara")),
            Map.entry("/ambassador/manage/applications.xhtml", List.of("klara")),
            Map.entry("/ambassador/manage/training.xhtml", List.of("klara")));

    private RoleNavigation() {
    }
}
