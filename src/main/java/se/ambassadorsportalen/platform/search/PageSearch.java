package se.ambassadorsportalen.platform.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Locale;
import se.ambassadorsportalen.platform.i18n.Languages;
import se.ambassadorsportalen.platform.i18n.Messages;
import se.ambassadorsportalen.platform.i18n.OrganisationLanguage;
import se.ambassadorsportalen.platform.layout.NavigationItem;
import se.ambassadorsportalen.platform.layout.PortalModule;
import se.ambassadorsportalen.platform.security.Role;

/**
 * The portal's pages in its search: every entry of the navigation, by its name and its menu's name
 * in the organisation's own language (Swedish, or Danish) and in English, for the roles the entry is
 * shown to. The modules already publish their entries
 * ({@link PortalModule#navigation}), so the platform finds pages without knowing a module.
 */
@ApplicationScoped
public class PageSearch implements SearchSource {

    private static final Kind KIND = new Kind(
            "page",
            "platform.search.pages",
            10,
            EnumSet.of(Role.EMPLOYEE, Role.MANAGER, Role.PRESS_OFFICER, Role.HR, Role.COMMUNICATOR, Role.ADMIN));

    @Inject
    @Any
    Instance<PortalModule> modules;

    @Inject
    OrganisationLanguage language;

    @Override
    public Kind kind() {
        return KIND;
    }

    /** Always all of them: a few dozen entries, known from the code. */
    @Override
    public SearchFeed documents(LocalDateTime changedSince) {
        Locale own = language.locale();
        return SearchFeed.all(modules.stream()
                .flatMap(module -> module.navigation().stream())
                .map(item -> document(item, own))
                .toList());
    }

    static SearchDocument document(NavigationItem item, Locale own) {
        SearchDocument.Text name = text(item.labelKey(), own);
        SearchDocument.Text menu = text(item.groupLabelKey(), own);
        return new SearchDocument(item.id(), name, menu, menu, item.path(), SearchReaders.roles(item.roles()));
    }

    /** The organisation's own language (stemmed as it), English, and Danish for Danish readers. */
    private static SearchDocument.Text text(String key, Locale own) {
        return new SearchDocument.Text(
                Messages.text(own, key), Messages.text(Locale.ENGLISH, key), Messages.text(Languages.DANISH, key));
    }
}
