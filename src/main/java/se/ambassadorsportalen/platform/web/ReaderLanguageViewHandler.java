package se.ambassadorsportalen.platform.web;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Gives every new view the reader's language ({@link Language}: the header's switch, the account's
 * saved choice, what the organisation offers) from the view's start. Faces takes the browser's
 * Accept-Language instead until the template's {@code f:view} sets the portal's one as it renders,
 * so a view action on a page's first request read the browser's language: the follow-up report,
 * read in English from a Swedish browser, named its material types in Swedish.
 */
public class ReaderLanguageViewHandler extends ViewHandlerWrapper {

    /** A client proxy: one for the application, each call reaching the current session's bean. */
    private volatile Language language;

    public ReaderLanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        try {
            return language().getLocale();
        } catch (ContextNotActiveException e) {
            return super.calculateLocale(context);
        }
    }

    private Language language() {
        Language known = language;
        if (known == null) {
            known = CDI.current().select(Language.class).get();
            language = known;
        }
        return known;
    }
}
