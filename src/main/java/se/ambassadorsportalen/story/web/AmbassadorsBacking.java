package se.ambassadorsportalen.story.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.ambassadorsportalen.platform.persistence.Page;
import se.ambassadorsportalen.platform.web.FacesMessages;
import se.ambassadorsportalen.story.boundary.Portrait;
import se.ambassadorsportalen.story.boundary.PublicPortraits;

/**
 * The public page "Våra ambassadörer": the same portraits as the JSON and Atom feeds, without login,
 * {@link PublicPortraits#PAGE} at a time, the newest first ({@code ?from=100} the next ones). The page
 * says which of how many it shows and links to the newer and older ones, so a year with more
 * portraits than one page never ends silently.
 */
@Named
@RequestScoped
public class AmbassadorsBacking {

    @Inject
    PublicPortraits portraits;

    private int from;
    private Page<Portrait> page;

    private Page<Portrait> page() {
        if (page == null) {
            page = portraits.portraits(from, PublicPortraits.PAGE);
        }
        return page;
    }

    public List<Portrait> getPortraits() {
        return page().items();
    }

    /** The place of the first portrait shown, counted from 1, for "Porträtt 101–200 av 743". */
    public int getFirstShown() {
        return from + 1;
    }

    public int getLastShown() {
        return from + page().items().size();
    }

    public long getTotal() {
        return page().total();
    }

    /** Where the newer page starts; null on the first page. */
    public Integer getNewer() {
        return from == 0 ? null : Math.max(0, from - PublicPortraits.PAGE);
    }

    /** Where the older page starts; null on the last page. */
    public Integer getOlder() {
        return from + PublicPortraits.PAGE < page().total() ? from + PublicPortraits.PAGE : null;
    }

    public int getPageSize() {
        return PublicPortraits.PAGE;
    }

    /** As the URL gave it; the text the setter read. */
    public String getFrom() {
        return String.valueOf(from);
    }

    /**
     * From the URL ({@code ?from=100}); absent or negative is the first page. Text that is no whole
     * number shows the first page too and says so (a global message: the layout shows only those).
     */
    public void setFrom(String text) {
        if (text == null || text.isBlank()) {
            from = 0;
            return;
        }
        try {
            from = Math.max(0, Integer.parseInt(text.trim()));
        } catch (NumberFormatException notANumber) {
            from = 0;
            FacesMessages.info("story.public.fromUnknown", text);
        }
    }
}
