package se.ambassadorsportalen.story.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.ambassadorsportalen.story.boundary.Portrait;
import se.ambassadorsportalen.story.boundary.PublicPortraits;

/** The public page "Våra ambassadörer": the same portraits as the JSON and Atom feeds, without login. */
@Named
@RequestScoped
public class AmbassadorsBacking {

    @Inject
    PublicPortraits portraits;

    private List<Portrait> items;

    public List<Portrait> getPortraits() {
        if (items == null) {
            items = portraits.portraits(0, 100).items();
        }
        return items;
    }
}
