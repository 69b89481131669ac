package se.ambassadorsportalen.press.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.press.boundary.Spokespeople;
import se.ambassadorsportalen.press.entity.Spokesperson;

/**
 * Suggestions for the press pages' autocompletes: a few matches for what the user has typed,
 * queried as they type. A region has thousands of people and spokespeople, too many for a menu
 * that would be read in full on every render.
 */
@Named
@RequestScoped
public class SpokespersonPicker {

    /** Enough to find someone by a few letters of their name; more would only be scrolled past. */
    static final int SUGGESTIONS = 15;

    @Inject
    Spokespeople spokespeople;

    /** Spokespeople whose name or title contains the text. */
    public List<Spokesperson> complete(String text) {
        return spokespeople.find(text, SUGGESTIONS, locale());
    }

    /** Employees whose name contains the text, to register as spokespeople. */
    public List<Person> completePerson(String text) {
        return spokespeople.people(text, SUGGESTIONS, locale());
    }

    private static java.util.Locale locale() {
        return jakarta.faces.context.FacesContext.getCurrentInstance()
                .getViewRoot()
                .getLocale();
    }
}
