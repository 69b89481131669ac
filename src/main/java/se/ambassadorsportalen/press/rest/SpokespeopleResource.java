package se.ambassadorsportalen.press.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.i18n.Languages;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.press.boundary.Spokespeople;
import se.ambassadorsportalen.press.control.PressTime;
import se.ambassadorsportalen.press.control.Router.Routing;
import se.ambassadorsportalen.press.rest.PressViews.RoutingView;

/** The look-up: who should answer this media question, ranked, each with the reason in words. */
@Path("spokespeople")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.COMMUNICATOR})
public class SpokespeopleResource {

    @Inject
    Spokespeople spokespeople;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(
            summary = "Route a media question: the ranked proposal with the reason for each person "
                    + "(q: the question or a few words; topic: topic codes, repeatable; political; complex; "
                    + "at: a time, ISO, default now)")
    public RoutingView route(
            @QueryParam("q") String q,
            @QueryParam("topic") List<String> topics,
            @QueryParam("political") @DefaultValue("false") boolean political,
            @QueryParam("complex") @DefaultValue("false") boolean complex,
            @QueryParam("at") String at) {
        Instant when = time(at, "at");
        Routing routing = spokespeople.route(q, topics, political, complex, when);
        return RoutingView.of(
                routing,
                spokespeople.snapshot(),
                spokespeople,
                Languages.fromAcceptLanguage(headers.getAcceptableLanguages()));
    }

    static Instant time(String text, String field) {
        try {
            return PressTime.parse(text);
        } catch (DateTimeParseException e) {
            throw PortalException.invalidField(field, "press.time.format", text);
        }
    }
}
