package se.ambassadorsportalen.press.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.press.boundary.PressReleases;
import se.ambassadorsportalen.press.boundary.Spokespeople;
import se.ambassadorsportalen.press.boundary.Spokespeople.RuleDetails;
import se.ambassadorsportalen.press.entity.PressRelease;
import se.ambassadorsportalen.press.entity.RoutingRule;
import se.ambassadorsportalen.press.entity.RuleTarget;
import se.ambassadorsportalen.press.entity.Topic;

/** The vocabulary, the routing rules (communicators change them) and planned press releases. */
@Path("press")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.COMMUNICATOR})
public class PressRegistryResource {

    public record TopicView(String code, String name, String area, List<String> synonyms) {
        static TopicView of(Topic topic) {
            return new TopicView(topic.getCode(), topic.getName(), topic.getAreaCode(), topic.synonymList());
        }
    }

    public record RuleView(long id, int position, String condition, List<RuleTarget> targets, boolean active) {
        static RuleView of(RoutingRule rule) {
            return new RuleView(rule.getId(), rule.getPosition(), rule.getCondition().name(), rule.targetList(),
                    rule.isActive());
        }
    }

    public record NewRelease(String title, String internalNoticeAt, String externalReleaseAt, String earlyReason) {
    }

    public record ReleaseView(long id, String title, java.time.LocalDateTime internalNoticeAt,
                              java.time.LocalDateTime externalReleaseAt, String earlyReason) {
        static ReleaseView of(PressRelease release) {
            return new ReleaseView(release.getId(), release.getTitle(), release.getInternalNoticeAt(),
                    release.getExternalReleaseAt(), release.getEarlyReason());
        }
    }

    @Inject
    Spokespeople spokespeople;

    @Inject
    PressReleases releases;

    @GET
    @Path("topics")
    @Operation(summary = "The topic vocabulary with synonyms")
    public List<TopicView> topics() {
        return spokespeople.topics().stream().map(TopicView::of).toList();
    }

    @GET
    @Path("rules")
    @Operation(summary = "The routing rules in their order")
    public List<RuleView> rules() {
        return spokespeople.rules().stream().map(RuleView::of).toList();
    }

    @PUT
    @Path("rules")
    @RolesAllowed(Role.Names.COMMUNICATOR)
    @Operation(summary = "Replace the routing rules; the list's order is the rules' order")
    public List<RuleView> replaceRules(List<RuleDetails> rules) {
        return spokespeople.replaceRules(rules).stream().map(RuleView::of).toList();
    }

    @POST
    @Path("releases")
    @Operation(summary = "Plan a press release; an external release before the internal notice needs earlyReason")
    public Response plan(NewRelease release) {
        if (release == null) {
            throw se.ambassadorsportalen.platform.PortalException.invalidField("title", "press.release.titleRequired");
        }
        PressRelease planned = releases.plan(release.title(),
                SpokespeopleResource.time(release.internalNoticeAt(), "internalNoticeAt"),
                SpokespeopleResource.time(release.externalReleaseAt(), "externalReleaseAt"), release.earlyReason());
        return Response.status(Response.Status.CREATED).entity(ReleaseView.of(planned)).build();
    }
}
