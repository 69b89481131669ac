package se.ambassadorsportalen.ambassador.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.ambassadorsportalen.ambassador.boundary.Ambassadors;
import se.ambassadorsportalen.ambassador.boundary.Trainings;
import se.ambassadorsportalen.ambassador.control.Coverage;
import se.ambassadorsportalen.ambassador.control.ProfilePhotos;
import se.ambassadorsportalen.ambassador.entity.Ambassador;
import se.ambassadorsportalen.ambassador.entity.AmbassadorStatus;
import se.ambassadorsportalen.ambassador.entity.Channel;
import se.ambassadorsportalen.ambassador.entity.ChannelPresence;
import se.ambassadorsportalen.ambassador.entity.Purpose;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.i18n.Languages;
import se.ambassadorsportalen.platform.persistence.Page;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.time.PortalTime;

/** Ambassadors over REST: one's own membership, the directory, decisions and the breadth figures. */
@Path("ambassadors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AmbassadorsResource {

    public record ChannelView(String channel, String handle) {}

    public record SignUp(
            String motivation, String topics, String languages, Boolean contactOk, List<ChannelView> channels) {

        Ambassador.Profile profile() {
            List<ChannelPresence> presences = channels == null
                    ? List.of()
                    : channels.stream()
                            .map(c -> {
                                Channel channel;
                                try {
                                    channel = Channel.valueOf(
                                            String.valueOf(c.channel()).trim().toUpperCase(Locale.ROOT));
                                } catch (IllegalArgumentException e) {
                                    throw PortalException.invalidField(
                                            "channels", "ambassador.channel.unknown", String.valueOf(c.channel()));
                                }
                                return new ChannelPresence(channel, c.handle());
                            })
                            .toList();
            return new Ambassador.Profile(motivation, topics, languages, Boolean.TRUE.equals(contactOk), presences);
        }
    }

    public record AmbassadorView(
            long id,
            long version,
            String status,
            String name,
            String profession,
            String unit,
            String administration,
            String town,
            String motivation,
            String topics,
            String languages,
            boolean contactOk,
            List<ChannelView> channels,
            boolean photo,
            String endorsement,
            String appliedAt,
            String decisionReason,
            Boolean trainedForRelay) {

        static AmbassadorView of(Ambassador a, Boolean trainedForRelay) {
            Person p = a.getPerson();
            return new AmbassadorView(
                    a.getId(),
                    a.getVersion(),
                    a.getStatus().name(),
                    p == null ? null : p.getDisplayName(),
                    p == null ? null : p.getProfession(),
                    p == null || p.getUnit() == null ? null : p.getUnit().getName(),
                    p == null || p.getUnit() == null
                            ? null
                            : p.getUnit().administration().getName(),
                    p == null ? null : p.getTown(),
                    a.getMotivation(),
                    a.getTopics(),
                    a.getLanguages(),
                    a.isContactOk(),
                    a.getChannels().stream()
                            .map(c -> new ChannelView(c.getChannel().name(), c.getHandle()))
                            .toList(),
                    a.hasPhoto(),
                    a.getEndorsement(),
                    PortalTime.iso(a.getAppliedAt()),
                    a.getDecisionReason(),
                    trainedForRelay);
        }
    }

    public record PageView<T>(List<T> items, long total, int first, int size) {}

    public record Decision(String reason) {}

    public record Endorsement(String text) {}

    public record Invite(Long colleagueId) {}

    @Inject
    Ambassadors ambassadors;

    @Inject
    Trainings trainings;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @POST
    @Path("me")
    @RolesAllowed(Role.Names.EMPLOYEE)
    @Operation(summary = "Sign up as an ambassador (the manager is told)")
    public Response signUp(SignUp signUp) {
        if (signUp == null) {
            throw PortalException.invalidField("motivation", "ambassador.motivation.required");
        }
        Ambassador ambassador = ambassadors.signUp(signUp.profile());
        return Response.status(Response.Status.CREATED)
                .entity(AmbassadorView.of(ambassador, false))
                .build();
    }

    @GET
    @Path("me")
    @RolesAllowed(Role.Names.EMPLOYEE)
    @Operation(summary = "The caller's ambassador profile and status")
    public AmbassadorView me() {
        Ambassador ambassador = ambassadors.requireMine();
        return AmbassadorView.of(ambassador, trainings.trainedFor(ambassador, Purpose.RELAY));
    }

    @PUT
    @Path("me")
    @RolesAllowed(Role.Names.EMPLOYEE)
    @Operation(summary = "Change the caller's profile; send the version you read")
    public AmbassadorView update(@QueryParam("version") long version, SignUp signUp) {
        if (signUp == null) { // a body of JSON null binds to no object at all
            throw PortalException.invalid("platform.error.unreadableBody");
        }
        return AmbassadorView.of(ambassadors.updateMine(version, signUp.profile()), null);
    }

    @DELETE
    @Path("me")
    @RolesAllowed(Role.Names.EMPLOYEE)
    @Operation(summary = "Leave the programme; the profile is erased")
    public Response leave() {
        ambassadors.leave();
        return Response.noContent().build();
    }

    @POST
    @Path("me/pause")
    @RolesAllowed(Role.Names.EMPLOYEE)
    @Operation(summary = "Pause being an ambassador")
    public AmbassadorView pause() {
        return AmbassadorView.of(ambassadors.pauseMine(), null);
    }

    @POST
    @Path("me/resume")
    @RolesAllowed(Role.Names.EMPLOYEE)
    @Operation(summary = "Resume after a pause")
    public AmbassadorView resume() {
        return AmbassadorView.of(ambassadors.resumeMine(), null);
    }

    @PUT
    @Path("me/photo")
    @Consumes({"image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed(Role.Names.EMPLOYEE)
    @Operation(summary = "Upload a profile photo (JPEG or PNG; checked by content, metadata removed)")
    public AmbassadorView photo(java.io.InputStream upload) throws java.io.IOException {
        // one byte past the limit is enough to refuse it: the rest is never read into memory
        try (upload) {
            return AmbassadorView.of(ambassadors.changeMyPhoto(upload.readNBytes(ProfilePhotos.MAX_BYTES + 1)), null);
        }
    }

    @GET
    @Path("{id}/photo")
    @Produces("image/jpeg")
    @RolesAllowed({Role.Names.EMPLOYEE, Role.Names.COMMUNICATOR, Role.Names.PRESS_OFFICER})
    @Operation(summary = "An ambassador's photo, for its owner and for communicators and press officers")
    public Response photoOf(@PathParam("id") long id) {
        return ambassadors
                .photo(id)
                .map(bytes -> Response.ok(bytes, "image/jpeg").build())
                .orElseThrow(() -> PortalException.notFound("ambassador.photo.none"));
    }

    @POST
    @Path("me/invitations")
    @RolesAllowed(Role.Names.EMPLOYEE)
    @Operation(summary = "Invite a colleague to sign up")
    public Response invite(Invite invite) {
        if (invite == null || invite.colleagueId() == null) {
            throw PortalException.invalidField("colleague", "ambassador.invite.colleagueRequired");
        }
        ambassadors.invite(
                invite.colleagueId(),
                uri.getBaseUri().resolve("../../ambassador/me.xhtml").toString());
        return Response.status(Response.Status.CREATED).build();
    }

    @GET
    @RolesAllowed({Role.Names.COMMUNICATOR, Role.Names.PRESS_OFFICER})
    @Operation(
            summary = "Search ambassadors by name (every word in the first name or surname), profession, unit,"
                    + " administration, town, topic, language, channel and status; paged")
    public PageView<AmbassadorView> search(
            @QueryParam("name") String name,
            @QueryParam("profession") String profession,
            @QueryParam("unit") String unit,
            @QueryParam("administration") String administration,
            @QueryParam("town") String town,
            @QueryParam("topic") String topic,
            @QueryParam("language") String language,
            @QueryParam("channel") String channel,
            @QueryParam("status") String status,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("20") int size) {
        Ambassadors.Search search = new Ambassadors.Search(
                name,
                profession,
                unit,
                administration,
                town,
                topic,
                language,
                parse(Channel.class, channel, "channel"),
                parse(AmbassadorStatus.class, status, "status"));
        Page<Ambassador> page = ambassadors.search(
                search,
                first,
                size,
                "name",
                true,
                headers == null ? null : Languages.fromAcceptLanguage(headers.getAcceptableLanguages()));
        return new PageView<>(
                page.items().stream().map(a -> AmbassadorView.of(a, null)).toList(),
                page.total(),
                Math.max(0, first),
                Math.min(Math.max(size, 1), 200));
    }

    @GET
    @Path("coverage")
    @RolesAllowed({Role.Names.COMMUNICATOR, Role.Names.PRESS_OFFICER})
    @Operation(summary = "Breadth figures: professions (shortage professions flagged), administrations, towns, units")
    public Coverage.Figures coverage() {
        return ambassadors.coverage();
    }

    @GET
    @Path("applications")
    @RolesAllowed(Role.Names.COMMUNICATOR)
    @Operation(summary = "Applications waiting for a decision")
    public List<AmbassadorView> applications() {
        return ambassadors.pendingApplications().stream()
                .map(a -> AmbassadorView.of(a, null))
                .toList();
    }

    @POST
    @Path("{id}/endorsement")
    @RolesAllowed(Role.Names.MANAGER)
    @Operation(summary = "The applicant's manager endorses the application")
    public AmbassadorView endorse(@PathParam("id") long id, Endorsement endorsement) {
        return AmbassadorView.of(ambassadors.endorse(id, endorsement == null ? null : endorsement.text()), null);
    }

    @POST
    @Path("{id}/acceptance")
    @RolesAllowed(Role.Names.COMMUNICATOR)
    @Operation(summary = "Accept an application")
    public AmbassadorView accept(@PathParam("id") long id, Decision decision) {
        return AmbassadorView.of(ambassadors.accept(id, decision == null ? null : decision.reason()), null);
    }

    @POST
    @Path("{id}/declination")
    @RolesAllowed(Role.Names.COMMUNICATOR)
    @Operation(summary = "Decline an application, with a reason")
    public AmbassadorView decline(@PathParam("id") long id, Decision decision) {
        return AmbassadorView.of(ambassadors.decline(id, decision == null ? null : decision.reason()), null);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PortalException.invalidField(field, "ambassador.filter.unknown", value);
        }
    }
}
