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

    public Locale getLocale() {
        if (locale == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces == null) {
                locale = Languages.DEFAULT;
            } else {
                List<Locale> acceptable = List.of(faces.getExternalContext().getRequestLocale());
                try {
                    var brand = branding.isResolvable() ? branding.get().brand() : null;
                    locale = brand == null
                            ? Languages.fromAcceptLanguage(acceptable)
                            : Languages.fromAcceptLanguage(acceptable, brand.languages(), brand.defaultLanguage());
                } catch (RuntimeException e) {
                    locale = Languages.fromAcceptLanguage(acceptable); // the error page, with the database away
                }
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

    /** The other language, offered by the switch in the header. */
    public Locale getOther() {
        return Languages.SUPPORTED.stream()
                .filter(l -> !l.equals(getLocale()))
                .findFirst()
                .orElse(Languages.DEFAULT);
    }

    /** Applies a choice from the language switch, and saves it on the account of a signed-in user. */
    public void choose(String tag, String username) {
        locale = Languages.closest(tag);
        if (username != null) {
            languages.rememberLanguage(username, locale.getLanguage());
        }
    }

    /** Used at login: the account's saved language wins. */
    public void use(String tag) {
        locale = Languages.closest(tag);
    }
}
