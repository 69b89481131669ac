package se.ambassadorsportalen.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import se.ambassadorsportalen.platform.layout.Branding;
import se.ambassadorsportalen.platform.layout.HomeCard;
import se.ambassadorsportalen.platform.layout.NavigationItem;
import se.ambassadorsportalen.platform.layout.PortalModule;
import se.ambassadorsportalen.platform.layout.PortalSettings;
import se.ambassadorsportalen.platform.security.Role;

/** What the template shows around every page: the organisation's name, the navigation and the home cards the user may see. */
@Named
@RequestScoped
public class Layout {

    @Inject
    @Any
    Instance<PortalModule> modules;

    @Inject
    PortalSettings settings;

    /** The organisation module's profile; a deployment without it (a test's) falls back to the name setting. */
    @Inject
    Instance<Branding> branding;

    private Branding.Brand brand;

    public Branding.Brand getBrand() {
        if (brand == null) {
            try {
                brand = branding.isResolvable() ? branding.get().brand()
                        : new Branding.Brand(settings.value(PortalSettings.ORGANISATION_NAME, ""), false, 0,
                                List.of("sv", "en"), "sv");
            } catch (RuntimeException e) {
                // the error page uses this template too: it must render while the database is away
                brand = new Branding.Brand("", false, 0, List.of("sv", "en"), "sv");
            }
        }
        return brand;
    }

    public String getOrganisationName() {
        return getBrand().name();
    }

    public List<NavigationItem> getNavigation() {
        return modules.stream().flatMap(module -> module.navigation().stream())
                .filter(item -> mayUse(item.roles()))
                .sorted(Comparator.comparingInt(NavigationItem::order)).toList();
    }

    public List<HomeCard> getHomeCards() {
        return modules.stream().flatMap(module -> module.homeCards().stream())
                .filter(card -> mayUse(card.roles()))
                .sorted(Comparator.comparingInt(HomeCard::order)).toList();
    }

    /** A text from any module's bundle, in the view's language. */
    public String label(String key) {
        return se.ambassadorsportalen.platform.i18n.Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key);
    }

    public boolean isCurrent(NavigationItem item) {
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return viewId != null && viewId.equals(item.path());
    }

    /** The current address with {@code lang} set to the other language, for the language switch. */
    public String languageSwitchUrl(String languageTag) {
        jakarta.servlet.http.HttpServletRequest request =
                (jakarta.servlet.http.HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
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

    private static boolean mayUse(java.util.Set<Role> roles) {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return context.getUserPrincipal() != null && roles.stream().anyMatch(role -> context.isUserInRole(role.name()));
    }
}
