package se.ambassadorsportalen.brandplan.web;

import jakarta.faces.context.FacesContext;
import java.util.Locale;

/** The language the page is shown in. */
final class ViewLocale {

    private ViewLocale() {}

    static Locale current() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
