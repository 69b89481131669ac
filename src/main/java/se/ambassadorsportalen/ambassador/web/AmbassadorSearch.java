package se.ambassadorsportalen.ambassador.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.ambassadorsportalen.ambassador.boundary.Ambassadors;
import se.ambassadorsportalen.ambassador.entity.Ambassador;
import se.ambassadorsportalen.platform.i18n.Messages;
import se.ambassadorsportalen.platform.persistence.Page;
import se.ambassadorsportalen.platform.persistence.PageRequest;
import se.ambassadorsportalen.platform.search.SearchHit;
import se.ambassadorsportalen.platform.search.SearchQuery;
import se.ambassadorsportalen.platform.search.SearchResults;
import se.ambassadorsportalen.platform.search.SearchSource;
import se.ambassadorsportalen.platform.security.Role;

/** Ambassadors in the portal's search, by name or profession, for those who may use the directory. */
@ApplicationScoped
public class AmbassadorSearch implements SearchSource {

    private static final Kind KIND =
            new Kind("ambassador", "ambassador.search.kind", 200, EnumSet.of(Role.COMMUNICATOR, Role.PRESS_OFFICER));

    @Inject
    Ambassadors ambassadors;

    @Override
    public Kind kind() {
        return KIND;
    }

    @Override
    public SearchResults search(SearchQuery query, Locale locale, int first, int size) {
        Page<Ambassador> page = ambassadors.byName(query.longestWord(), PageRequest.of(first, size));
        return new SearchResults(
                page.items().stream()
                        .map(ambassador -> new SearchHit(
                                ambassador.getPerson().getDisplayName(),
                                Stream.of(
                                                ambassador.getPerson().getProfession(),
                                                ambassador.getPerson().getUnit() == null
                                                        ? null
                                                        : ambassador
                                                                .getPerson()
                                                                .getUnit()
                                                                .getName(),
                                                Messages.text(locale, AmbassadorSearch.statusKey(ambassador)))
                                        .filter(part -> part != null && !part.isBlank())
                                        .collect(Collectors.joining(", ")),
                                "/ambassador/directory/directory.xhtml"))
                        .toList(),
                page.total());
    }

    /** The bundle key of an ambassador's status, as the directory names it. */
    static String statusKey(Ambassador ambassador) {
        return "ambassador.status." + ambassador.getStatus().name();
    }
}
