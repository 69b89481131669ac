package se.ambassadorsportalen.press.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.i18n.Languages;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.time.PortalTime;
import se.ambassadorsportalen.press.boundary.PressReleases;
import se.ambassadorsportalen.press.boundary.Spokespeople;
import se.ambassadorsportalen.press.boundary.Spokespeople.RuleDetails;
import se.ambassadorsportalen.press.boundary.Spokespeople.SpokespersonDetails;
import se.ambassadorsportalen.press.entity.PressRelease;
import se.ambassadorsportalen.press.entity.RoutingRule;
import se.ambassadorsportalen.press.entity.RuleTarget;
import se.ambassadorsportalen.press.entity.Spokesperson;
import se.ambassadorsportalen.press.entity.Topic;

/**
 * The registry behind the look-up: spokespeople with their absences, the topic vocabulary, the
 * routing rules (communicators change them), and planned press releases.
 */
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
            return new RuleView(
                    rule.getId(), rule.getPosition(), rule.getCondition().name(), rule.targetList(), rule.isActive());
        }
    }

    public record NewRelease(
            String title, String internalNoticeAt, String externalReleaseAt, String earlyReason, Long internalNewsId) {}

    public record ReleaseView(
            long id,
            String title,
            java.time.OffsetDateTime internalNoticeAt,
            java.time.OffsetDateTime externalReleaseAt,
            String earlyReason,
            Long internalNewsId) {
        static ReleaseView of(PressRelease release) {
            return new ReleaseView(
                    release.getId(),
                    release.getTitle(),
                    PortalTime.withOffset(release.getInternalNoticeAt()),
                    PortalTime.withOffset(release.getExternalReleaseAt()),
                    release.getEarlyReason(),
                    release.getInternalNewsId());
        }
    }

    public record SpokespersonView(
            long id,
            long version,
            long personId,
            String name,
            String kind,
            String title,
            List<String> areas,
            List<String> topics,
            String languages,
            String phone,
            String email,
            boolean mediaTrained,
            boolean coordinator,
            Long deputyId,
            String officeDays,
            String officeFrom,
            String officeTo) {
        static SpokespersonView of(Spokesperson s) {
            return new SpokespersonView(
                    s.getId(),
                    s.getVersion(),
                    s.getPerson().getId(),
                    s.getDisplayName(),
                    s.getKind().name(),
                    s.getTitle(),
                    s.areaCodeList(),
                    s.getTopics().stream().map(Topic::getCode).sorted().toList(),
                    s.getLanguages(),
                    s.getPhone(),
                    s.getEmail(),
                    s.isMediaTrained(),
                    s.isCoordinator(),
                    s.getDeputy() == null ? null : s.getDeputy().getId(),
                    s.getOfficeDays(),
                    s.getOfficeFrom().toString(),
                    s.getOfficeTo().toString());
        }
    }

    public record SpokespersonChange(long version, SpokespersonDetails details) {}

    public record NewAbsence(String starts, String ends, String note) {}

    public record NewTopic(String code, String name, String area, List<String> synonyms) {}

    @Inject
    Spokespeople spokespeople;

    @Inject
    PressReleases releases;

    @Context
    HttpHeaders headers;

    @GET
    @Path("topics")
    @Operation(summary = "The topic vocabulary with synonyms, by name in the alphabet of the Accept-Language")
    public List<TopicView> topics() {
        return spokespeople.topics(Languages.fromAcceptLanguage(headers.getAcceptableLanguages())).stream()
                .map(TopicView::of)
                .toList();
    }

    @POST
    @Path("topics")
    @Operation(summary = "Add a topic to the vocabulary, with its area (an administration's unit code) and synonyms")
    public Response addTopic(NewTopic topic) {
        if (topic == null) {
            throw PortalException.invalidField("code", "press.topic.code.pattern");
        }
        return Response.status(Response.Status.CREATED)
                .entity(TopicView.of(spokespeople.addTopic(topic.code(), topic.name(), topic.area(), topic.synonyms())))
                .build();
    }

    @GET
    @Path("spokespeople/{id: [0-9]+}")
    @Operation(summary = "One spokesperson of the registry")
    public SpokespersonView spokesperson(@PathParam("id") long id) {
        return SpokespersonView.of(spokespeople.spokesperson(id));
    }

    @POST
    @Path("spokespeople")
    @Operation(summary = "Register a person (employee or elected official) as a spokesperson")
    public Response register(SpokespersonDetails details) {
        return Response.status(Response.Status.CREATED)
                .entity(SpokespersonView.of(spokespeople.register(details)))
                .build();
    }

    @PUT
    @Path("spokespeople/{id: [0-9]+}")
    @Operation(summary = "Change a spokesperson; send the version you read")
    public SpokespersonView change(@PathParam("id") long id, SpokespersonChange change) {
        if (change == null || change.details() == null) {
            throw PortalException.invalidField("title", "press.spokesperson.title.required");
        }
        return SpokespersonView.of(spokespeople.change(id, change.version(), change.details()));
    }

    @POST
    @Path("spokespeople/{id: [0-9]+}/absences")
    @Operation(summary = "Record an out-of-office period (local times); the deputy answers meanwhile")
    public Response addAbsence(@PathParam("id") long id, NewAbsence absence) {
        if (absence == null) {
            throw PortalException.invalidField("absenceEnds", "press.absence.period");
        }
        spokespeople.addAbsence(
                id,
                SpokespeopleResource.time(absence.starts(), "starts"),
                SpokespeopleResource.time(absence.ends(), "ends"),
                absence.note());
        return Response.status(Response.Status.CREATED)
                .entity(SpokespersonView.of(spokespeople.spokesperson(id)))
                .build();
    }

    public record NewShift(String starts, String ends) {}

    public record ShiftView(
            long id,
            long spokespersonId,
            String name,
            java.time.OffsetDateTime starts,
            java.time.OffsetDateTime ends) {}

    @POST
    @Path("spokespeople/{id: [0-9]+}/on-call")
    @Operation(summary = "Add a shift to the on-call rota (local times)")
    public Response addOnCall(@PathParam("id") long id, NewShift shift) {
        if (shift == null) {
            throw PortalException.invalidField("ends", "press.onCall.period");
        }
        var added = spokespeople.addOnCall(
                id,
                SpokespeopleResource.time(shift.starts(), "starts"),
                SpokespeopleResource.time(shift.ends(), "ends"));
        return Response.status(Response.Status.CREATED)
                .entity(new ShiftView(
                        added.getId(),
                        id,
                        added.getSpokesperson().getDisplayName(),
                        PortalTime.withOffset(added.getStartsAt()),
                        PortalTime.withOffset(added.getEndsAt())))
                .build();
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
    @Operation(
            summary = "Plan a press release; an external release before the internal notice needs earlyReason."
                    + " With internalNewsId, a published item's publication time is the internal notice")
    public Response plan(NewRelease release) {
        if (release == null) {
            throw PortalException.invalidField("title", "press.release.titleRequired");
        }
        PressRelease planned = releases.plan(
                release.title(),
                SpokespeopleResource.time(release.internalNoticeAt(), "internalNoticeAt"),
                SpokespeopleResource.time(release.externalReleaseAt(), "externalReleaseAt"),
                release.earlyReason(),
                release.internalNewsId());
        return Response.status(Response.Status.CREATED)
                .entity(ReleaseView.of(planned))
                .build();
    }
}
