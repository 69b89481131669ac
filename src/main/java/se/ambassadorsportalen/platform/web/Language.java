package se.ambassadorsportalen.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import se.ambassadorsportalen.platform.i18n.Languages;
import se.ambassadorsportalen.platform.i18n.SavedLanguages;

/**
 * The user's language: a preference, so it lives in the session, and for a signed-in user it
 * is also saved on the account so the next login starts in it.
 */
@Named
@SessionScoped
public class Language implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SavedLanguages languages;

    /** The organisation's offered and default languages, where the organisation module provides them. */
    @Inject
    jakarta.enterprise.inject.Instance<se.ambassadorsportalen.platform.layout.Branding> branding;

    private Locale locale;

    private static final long OFFER_CHECK_NANOS = 5_000_000_000L;
    private transient long offerCheckedAt;

    public Locale getLocale() {
        // a page asks many times; the profile is looked at again every few seconds at most
        long now = System.nanoTime();
        if (locale != null && now - offerCheckedAt > OFFER_CHECK_NANOS) {
            offerCheckedAt = now;
            if (!offered().contains(locale.getLanguage())) {
                locale = null; // the organisation stopped offering it: running sessions lose it too
            }
        }
        if (locale == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces == null) {
                locale = Languages.closest(organisationDefault());
            } else {
                List<Locale> acceptable = List.of(faces.getExternalContext().getRequestLocale());
                var brand = brand(); // null: no profile here, or the error page with the database away
                locale = brand == null
                        ? Languages.fromAcceptLanguage(acceptable)
                        : Languages.fromAcceptLanguage(acceptable, brand.languages(), brand.defaultLanguage());
            }
        }
        return locale;
    }

    public String getTag() {
        return getLocale().toLanguageTag();
    }

    public List<Locale> getSupported() {
        return Languages.SUPPORTED;
    }

    /** The languages the header's switch offers: those the organisation offers, in its order, but the current one. */
    public List<Locale> getChoices() {
        Locale current = getLocale();
        List<String> offered = offered();
        return offered.stream()
                .map(Languages::closest)
                .distinct()
                .filter(l -> offered.contains(l.getLanguage()))
                .filter(l -> !l.equals(current))
                .toList();
    }

    /**
     * Applies a choice from the language switch ({@code ?lang=}), and saves it on the account of a
     * signed-in user. A language the organisation does not offer gives its default and is not saved.
     */
    public void choose(String tag, String username) {
        locale = Languages.offeredOrDefault(tag, offered(), organisationDefault());
        if (username != null && Languages.isOffered(tag, offered())) {
            languages.rememberLanguage(username, locale.getLanguage());
        }
    }

    /** Used at login: the account's saved language wins while the organisation still offers it. */
    public void use(String tag) {
        locale = Languages.offeredOrDefault(tag, offered(), organisationDefault());
    }

    private List<String> offered() {
        var brand = brand();
        return brand == null ? List.of(Languages.DEFAULT.getLanguage(), "en") : brand.languages();
    }

    private String organisationDefault() {
        var brand = brand();
        return brand == null ? Languages.DEFAULT.getLanguage() : brand.defaultLanguage();
    }

    /** The profile, or null where there is none (a test deployment) or the database is away (the error page). */
    private se.ambassadorsportalen.platform.layout.Branding.Brand brand() {
        try {
            return branding.isResolvable() ? branding.get().brand() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
