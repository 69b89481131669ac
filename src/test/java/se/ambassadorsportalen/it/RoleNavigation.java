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
            "eva", List.of("nav-home", "nav-news", "nav-policies", "nav-channels", "nav-ambassador", "nav-relay",
                    "nav-stories", "nav-consents", "nav-followup-report", "nav-lobbying", "nav-account"),
            "magnus", List.of("nav-home", "nav-news", "nav-policies", "nav-channels", "nav-policy-coverage",
                    "nav-ambassador", "nav-relay", "nav-stories", "nav-consents", "nav-approvals",
                    "nav-recommendation", "nav-brand-goals", "nav-followup-report", "nav-lobbying",
                    "nav-lobbying-record", "nav-account"),
            "petra", List.of("nav-home", "nav-news", "nav-policies", "nav-channels", "nav-ambassador", "nav-relay",
                    "nav-ambassador-directory", "nav-ambassador-breadth", "nav-stories", "nav-consents",
                    "nav-press-lookup", "nav-press-inquiries", "nav-press-registry", "nav-press-routing",
                    "nav-press-releases", "nav-followup-report", "nav-lobbying", "nav-account"),
            "hanna", List.of("nav-home", "nav-news", "nav-policies", "nav-channels", "nav-policy-coverage",
                    "nav-ambassador", "nav-relay", "nav-stories", "nav-consents", "nav-recommendation",
                    "nav-brand-goals", "nav-recommendation-import", "nav-followup-report", "nav-lobbying",
                    "nav-account"),
            "klara", List.of("nav-home", "nav-news", "nav-news-manage", "nav-policies", "nav-channels",
                    "nav-policy-coverage", "nav-ambassador", "nav-relay", "nav-ambassador-directory",
                    "nav-ambassador-breadth", "nav-ambassador-applications", "nav-ambassador-training-admin",
                    "nav-stories", "nav-consents", "nav-calendar", "nav-press-lookup", "nav-press-inquiries",
                    "nav-press-registry", "nav-press-routing", "nav-press-releases", "nav-brand-goals",
                    "nav-followup", "nav-followup-report", "nav-lobbying", "nav-lobbying-record", "nav-account"),
            "admin", List.of("nav-home", "nav-policies", "nav-channels", "nav-relay", "nav-followup-report",
                    "nav-lobbying", "nav-admin-profile", "nav-admin-units", "nav-admin-people", "nav-admin-users",
                    "nav-admin-outbox", "nav-admin-hr-import", "nav-admin-backups", "nav-account"));

    /** Pages that some demo users may open and others must be refused (403), by path. */
    static final Map<String, List<String>> PAGE_ACCESS = Map.ofEntries(
            Map.entry("/account/index.xhtml", List.of("eva", "magnus", "petra", "hanna", "klara", "admin")),
            Map.entry("/admin/users.xhtml", List.of("admin")),
            Map.entry("/admin/units.xhtml", List.of("admin")),
            Map.entry("/admin/people.xhtml", List.of("admin")),
            Map.entry("/admin/profile.xhtml", List.of("admin")),
            Map.entry("/admin/backups.xhtml", List.of("admin")),
            Map.entry("/policy/coverage.xhtml", List.of("magnus", "hanna", "klara")),
            Map.entry("/policy/manage/edit.xhtml", List.of("klara")),
            Map.entry("/policy/manage/channels.xhtml", List.of("klara")),
            Map.entry("/story/index.xhtml", List.of("eva", "magnus", "petra", "hanna", "klara")),
            Map.entry("/story/consents.xhtml", List.of("eva", "magnus", "petra", "hanna", "klara")),
            Map.entry("/story/approvals.xhtml", List.of("magnus")),
            Map.entry("/story/calendar.xhtml", List.of("klara")),
            Map.entry("/recommendation/dashboard.xhtml", List.of("hanna", "magnus")),
            Map.entry("/recommendation/import.xhtml", List.of("hanna")),
            Map.entry("/recommendation/goals.xhtml", List.of("magnus", "hanna", "klara")),
            Map.entry("/followup/index.xhtml", List.of("klara")),
            Map.entry("/followup/report.xhtml", List.of("eva", "magnus", "petra", "hanna", "klara", "admin")),
            Map.entry("/press/lookup.xhtml", List.of("petra", "klara")),
            Map.entry("/press/inquiries.xhtml", List.of("petra", "klara")),
            Map.entry("/press/registry.xhtml", List.of("petra", "klara")),
            Map.entry("/press/routing.xhtml", List.of("petra", "klara")),
            Map.entry("/press/releases.xhtml", List.of("petra", "klara")),
            Map.entry("/ambassador/me.xhtml", List.of("eva", "magnus", "petra", "hanna", "klara")),
            Map.entry("/ambassador/training.xhtml", List.of("eva", "magnus", "petra", "hanna", "klara")),
            Map.entry("/ambassador/relay.xhtml", List.of("eva", "magnus", "petra", "hanna", "klara", "admin")),
            Map.entry("/ambassador/directory/directory.xhtml", List.of("petra", "klara")),
            Map.entry("/ambassador/directory/breadth.xhtml", List.of("petra", "klara")),
            Map.entry("/ambassador/manage/applications.xhtml", List.of("klara")),
            Map.entry("/ambassador/manage/training.xhtml", List.of("klara")),
            Map.entry("/news/index.xhtml", List.of("eva", "magnus", "petra", "hanna", "klara", "admin")),
            Map.entry("/news/manage/index.xhtml", List.of("klara")),
            Map.entry("/news/manage/edit.xhtml", List.of("klara")),
            Map.entry("/lobbying/manage/edit.xhtml", List.of("magnus", "klara")));

    private RoleNavigation() {
    }
}
