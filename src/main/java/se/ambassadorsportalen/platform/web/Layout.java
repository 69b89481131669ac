package se.ambassadorsportalen.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.ambassadorsportalen.platform.layout.Branding;
import se.ambassadorsportalen.platform.layout.CountedTasks;
import se.ambassadorsportalen.platform.layout.HomeCard;
import se.ambassadorsportalen.platform.layout.NavigationGroup;
import se.ambassadorsportalen.platform.layout.NavigationItem;
import se.ambassadorsportalen.platform.layout.PendingTask;
import se.ambassadorsportalen.platform.layout.PortalModule;
import se.ambassadorsportalen.platform.layout.PortalSettings;
import se.ambassadorsportalen.platform.security.CallerRoles;

/** What the template shows around every page: the organisation's name, the navigation and the home cards the user may see. */
@Named
@RequestScoped
public class Layout {

    private static final Logger LOG = Logger.getLogger(Layout.class.getName());

    @Inject
    @Any
    Instance<PortalModule> modules;

    @Inject
    PortalSettings settings;

    @Inject
    CallerRoles roles;

    private CountedTasks tasks;
    private List<NavigationGroup> groups;

    /** The organisation module's profile; a deployment without it (a test's) falls back to the name setting. */
    @Inject
    Instance<Branding> branding;

    private Branding.Brand brand;

    public Branding.Brand getBrand() {
        if (brand == null) {
            try {
                brand = branding.isResolvable()
                        ? branding.get().brand()
                        : new Branding.Brand(
                                settings.value(PortalSettings.ORGANISATION_NAME, ""),
                                false,
                                0,
                                List.of("sv", "en"),
                                "sv",
                                Branding.Contacts.NONE);
            } catch (RuntimeException e) {
                // the error page uses this template too: it must render while the database is away
                brand = new Branding.Brand("", false, 0, List.of("sv", "en"), "sv", Branding.Contacts.NONE);
            }
        }
        return brand;
    }

    public String getOrganisationName() {
        return getBrand().name();
    }

    public List<NavigationItem> getNavigation() {
        return modules.stream()
                .flatMap(module -> module.navigation().stream())
                .filter(item -> roles.holdsAny(item.roles()))
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList();
    }

    /** The navigation by module, as the template shows it (see {@link NavigationGroup}). */
    public List<NavigationGroup> getNavigationGroups() {
        if (groups == null) {
            groups = NavigationGroup.of(getNavigation());
        }
        return groups;
    }

    /** The badge of a module's menu: everything its entries lead to. */
    public long groupTaskCount(NavigationGroup group) {
        return group.items().stream().mapToLong(this::taskCount).sum();
    }

    /**
     * The menu the current page belongs to, for marking it and for the breadcrumbs: the group of the
     * entry for this page, or for a deeper page (a story, a document) the group of an entry in the
     * same folder; null on the home page and on pages outside the navigation.
     */
    public NavigationGroup getCurrentGroup() {
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        if (viewId == null || isHomePage()) {
            return null;
        }
        String folder = viewId.substring(0, viewId.lastIndexOf('/') + 1);
        NavigationGroup sameFolder = null;
        for (NavigationGroup group : getNavigationGroups()) {
            for (NavigationItem item : group.items()) {
                if (item.path().equals(viewId)) {
                    return group;
                }
                if (sameFolder == null && folder.length() > 1 && item.path().startsWith(folder)) {
                    sameFolder = group;
                }
            }
        }
        return sameFolder;
    }

    public boolean isCurrentGroup(NavigationGroup group) {
        NavigationGroup current = getCurrentGroup();
        return current != null && current.key().equals(group.key());
    }

    /**
     * What waits for the caller now, each module's count through its own boundary. Counted afresh
     * on the home page and otherwise kept in the session for up to a minute (see {@link CountedTasks}),
     * so the navigation's badges do not query every module on every page.
     */
    public CountedTasks getTasks() {
        if (tasks == null) {
            ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
            if (context.getUserPrincipal() == null) {
                return tasks = new CountedTasks(List.of(), Instant.now());
            }
            Instant now = Instant.now();
            // a session made by this very request is a script's (HTTP Basic) or a first visit: nobody
            // reads badges there, and they would cost every module's counts on every such request
            Object current = context.getSession(false);
            boolean session = current instanceof jakarta.servlet.http.HttpSession http && !http.isNew();
            Object kept = session ? context.getSessionMap().get(CountedTasks.SESSION_KEY) : null;
            if (isHomePage() || session && !(kept instanceof CountedTasks counted && counted.isFreshAt(now))) {
                tasks = new CountedTasks(
                        modules.stream()
                                .flatMap(module -> pendingTasks(module).stream())
                                .toList(),
                        now);
                if (session) {
                    context.getSessionMap().put(CountedTasks.SESSION_KEY, tasks);
                }
            } else if (kept instanceof CountedTasks counted) {
                tasks = counted;
            } else {
                // no session of the user's yet (see above): no badges
                tasks = new CountedTasks(List.of(), now);
            }
        }
        return tasks;
    }

    /**
     * One module's tasks. A module whose count fails (its database is unreachable) shows no badge
     * rather than taking every page down with it, the error page included; the failure is logged.
     */
    private List<PendingTask> pendingTasks(PortalModule module) {
        try {
            return module.pendingTasks(roles::holds);
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Could not count the pending tasks of " + module.getClass().getName(),
                    e);
            return List.of();
        }
    }

    /** The badge of a navigation entry: how many tasks it leads to (0: no badge). */
    public long taskCount(NavigationItem item) {
        return getTasks().countFor(item.id());
    }

    private boolean isHomePage() {
        return "/index.xhtml"
                .equals(FacesContext.getCurrentInstance().getViewRoot().getViewId());
    }

    public List<HomeCard> getHomeCards() {
        return modules.stream()
                .flatMap(module -> module.homeCards().stream())
                .filter(card -> roles.holdsAny(card.roles()))
                .sorted(Comparator.comparingInt(HomeCard::order))
                .toList();
    }

    /** A text from any module's bundle, in the view's language. */
    public String label(String key) {
        return se.ambassadorsportalen.platform.i18n.Messages.text(
                FacesContext.getCurrentInstance().getViewRoot().getLocale(), key);
    }

    public boolean isCurrent(NavigationItem item) {
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return viewId != null && viewId.equals(item.path());
    }

    /** The current address with {@code lang} set to another language, for the language switch. */
    public String languageSwitchUrl(String languageTag) {
        jakarta.servlet.http.HttpServletRequest request = (jakarta.servlet.http.HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        Object forwarded = request.getAttribute("jakarta.servlet.error.request_uri");
        if (forwarded == null) {
            forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
        }
        String uri = forwarded != null ? forwarded.toString() : request.getRequestURI();
        String query = LanguageFilter.queryWithout(request, LanguageFilter.PARAMETER);
        return uri + (query.isEmpty() ? "?" : query + "&") + LanguageFilter.PARAMETER + "=" + languageTag;
    }

    public boolean isSignedIn() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null;
    }
}
