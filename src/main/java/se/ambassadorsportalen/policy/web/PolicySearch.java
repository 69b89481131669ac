package se.ambassadorsportalen.policy.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Locale;
import se.ambassadorsportalen.platform.i18n.Messages;
import se.ambassadorsportalen.platform.persistence.Page;
import se.ambassadorsportalen.platform.persistence.PageRequest;
import se.ambassadorsportalen.platform.search.SearchHit;
import se.ambassadorsportalen.platform.search.SearchQuery;
import se.ambassadorsportalen.platform.search.SearchResults;
import se.ambassadorsportalen.platform.search.SearchSource;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.policy.boundary.Policies;
import se.ambassadorsportalen.policy.entity.PolicyVersion;

/** Policies in the portal's search: the current version of every document, by its title and text in either language. */
@ApplicationScoped
public class PolicySearch implements SearchSource {

    private static final Kind KIND = new Kind(
            "policy",
            "policy.search.kind",
            100,
            EnumSet.of(Role.EMPLOYEE, Role.MANAGER, Role.PRESS_OFFICER, Role.HR, Role.COMMUNICATOR, Role.ADMIN));

    @Inject
    Policies policies;

    @Override
    public Kind kind() {
        return KIND;
    }

    @Override
    public SearchResults search(SearchQuery query, Locale locale, int first, int size) {
        Page<PolicyVersion> page = policies.search(String.join(" ", query.words()), PageRequest.of(first, size));
        return new SearchResults(
                page.items().stream()
                        .map(version -> new SearchHit(
                                version.title(locale),
                                Messages.text(locale, PolicySearch.typeKey(version)) + ", "
                                        + Messages.text(locale, "policy.version.short") + " " + version.getNumber(),
                                "/policy/document.xhtml?id="
                                        + version.getDocument().getId()))
                        .toList(),
                page.total());
    }

    /** The bundle key of a document's type, as the policy pages name it. */
    static String typeKey(PolicyVersion version) {
        return "policy.type." + version.getDocument().getType();
    }
}
