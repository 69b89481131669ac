package se.ambassadorsportalen.platform.i18n;

import java.util.Optional;

/**
 * Where a user's chosen language is kept between sessions. The platform's language switch and
 * login need it but know no business module, so the organisation module, which owns the
 * accounts, provides it (a service provider interface, like {@code UnitParticipation}).
 */
public interface SavedLanguages {

    /** The language tag the user last chose, if any. */
    Optional<String> savedLanguage(String username);

    /** Keeps the user's choice so the next login starts in it. */
    void rememberLanguage(String username, String language);
}
