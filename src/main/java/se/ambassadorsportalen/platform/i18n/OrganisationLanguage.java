package se.ambassadorsportalen.platform.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import se.ambassadorsportalen.platform.layout.Branding;

/**
 * The organisation's default language (its profile), for text that has no reader with a language
 * of their own: a mail to an address without an account, a public feed, a job's mail before the
 * recipient ever chose. A Danish organisation's such texts are Danish, not the portal's Swedish.
 */
@ApplicationScoped
public class OrganisationLanguage {

    /** The organisation module's profile; absent in a deployment without it (a test's). */
    @Inject
    Instance<Branding> branding;

    public Locale locale() {
        try {
            return branding.isResolvable()
                    ? Languages.closest(branding.get().brand().defaultLanguage())
                    : Languages.DEFAULT;
        } catch (RuntimeException e) {
            return Languages.DEFAULT; // the database is away: Swedish rather than no mail at all
        }
    }

    /**
     * The languages the organisation offers (its profile), e.g. Danish and English; Swedish and
     * English where there is no profile to ask.
     */
    public List<Locale> offered() {
        try {
            if (branding.isResolvable()) {
                List<Locale> offered = branding.get().brand().languages().stream()
                        .map(Languages::closest)
                        .distinct()
                        .toList();
                if (!offered.isEmpty()) {
                    return offered;
                }
            }
        } catch (RuntimeException e) {
            // the database is away: the portal's own two languages rather than no search at all
        }
        return List.of(Languages.DEFAULT, Locale.ENGLISH);
    }

    /** A person's own language when they have one, else the organisation's. */
    public Locale or(java.util.Optional<String> own) {
        return own.map(Languages::closest).orElseGet(this::locale);
    }
}
