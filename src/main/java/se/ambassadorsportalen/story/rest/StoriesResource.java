package se.ambassadorsportalen.story.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.i18n.Languages;
import se.ambassadorsportalen.platform.i18n.Messages;
import se.ambassadorsportalen.platform.image.PhotoSanitizer;
import se.ambassadorsportalen.platform.persistence.Page;
import se.ambassadorsportalen.platform.persistence.PageRequest;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.policy.boundary.Readability;
import se.ambassadorsportalen.story.boundary.Stories;
import se.ambassadorsportalen.story.boundary.Stories.ScheduleResult;
import se.ambassadorsportalen.story.boundary.Stories.StoryDraft;
import se.ambassadorsportalen.story.entity.Story;
import se.ambassadorsportalen.story.entity.StoryPhoto;
import se.ambassadorsportalen.story.entity.StoryStatus;
import se.ambassadorsportalen.story.rest.StoryViews.PageView;
import se.ambassadorsportalen.story.rest.StoryViews.PhotoView;
import se.ambassadorsportalen.story.rest.StoryViews.PlacementView;
import se.ambassadorsportalen.story.rest.StoryViews.StorySummary;
import se.ambassadorsportalen.story.rest.StoryViews.StoryView;

/**
 * Stories over REST: the caller's own, the approval steps, the calendar steps and photos. Every
 * step that changes a story takes the {@code version} the caller read; a stale one gets 409.
 * Only delegates to {@link Stories}.
 */
@Path("stories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.EMPLOYEE, Role.Names.MANAGER, Role.Names.COMMUNICATOR})
public class StoriesResource {

    /** A story as the author writes it; {@code justifications}: channel code → why the material type fits there. */
    public record DraftJson(
            Long version,
            String title,
            String body,
            String materialType,
            Set<String> targetGroups,
            Set<String> brands,
            List<String> channels,
            Map<String, String> justifications,
            boolean showFirstName) {
        StoryDraft draft() {
            return new StoryDraft(
                    title, body, materialType, targetGroups, brands, channels, justifications, showFirstName);
        }
    }

    public record Step(Long version, String comment) {}

    public record ScheduleJson(Long version, String channel, String at, boolean confirm) {}

    /** Where a calendar entry is dragged to (ISO local date-time), and whether the warnings are confirmed. */
    public record MoveJson(String at, boolean confirm) {}

    public record PublishJson(Long version, String channel, String link) {}

    public record PicturedJson(Long version, Long personId, String externalName, String howObtained) {}

    public record WarningView(String key, String message) {}

    public record WarningsView(List<WarningView> warnings) {}

    @Inject
    Stories stories;

    @Inject
    Readability readability;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @POST
    @RolesAllowed(Role.Names.EMPLOYEE)
    @Operation(summary = "Start a story of the caller's (a draft)")
    public Response create(DraftJson json) {
        Story story = stories.create(json == null ? null : json.draft());
        return Response.status(Response.Status.CREATED)
                .location(uri.getAbsolutePathBuilder().path("{id}").build(story.getId()))
                .entity(view(story))
                .build();
    }

    @GET
    @Operation(summary = "Stories the caller may see, paged; mine=true for the caller's own")
    public PageView<StorySummary> list(
            @QueryParam("status") String status,
            @QueryParam("mine") boolean mine,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        StoryStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = StoryStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw PortalException.invalidField("status", "story.status.unknown", status);
            }
        }
        PageRequest request = new PageRequest(first, size, "updatedAt", false, Map.of());
        Page<Story> page = stories.stories(request, wanted, mine);
        return new PageView<>(
                page.items().stream().map(StorySummary::of).toList(), page.total(), request.first(), request.size());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One story with its consents, photos, channels and history")
    public StoryView get(@PathParam("id") long id) {
        return view(stories.story(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Names.EMPLOYEE)
    @Operation(summary = "Change a draft or a returned story; send the version you read")
    public StoryView update(@PathParam("id") long id, DraftJson json) {
        return view(stories.update(id, json == null ? null : json.version(), json == null ? null : json.draft()));
    }

    @POST
    @Path("{id}/pictured")
    @RolesAllowed(Role.Names.EMPLOYEE)
    @Operation(
            summary =
                    "Name someone pictured: a colleague (personId) is asked for consent; for someone outside, say how consent was obtained")
    public Response picture(@PathParam("id") long id, PicturedJson json) {
        if (json == null) {
            throw PortalException.invalidField("colleague", "story.consent.colleague.required");
        }
        var consent = json.personId() != null
                ? stories.pictureColleague(id, json.version(), json.personId())
                : stories.pictureExternal(id, json.version(), json.externalName(), json.howObtained());
        return Response.status(Response.Status.CREATED)
                .entity(StoryViews.ConsentView.of(consent))
                .build();
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed(Role.Names.EMPLOYEE)
    @Operation(summary = "Send the story to the author's manager")
    public StoryView submit(@PathParam("id") long id, Step step) {
        return view(stories.submit(id, version(step)));
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed(Role.Names.MANAGER)
    @Operation(summary = "Approve a story of one of your staff")
    public StoryView approve(@PathParam("id") long id, Step step) {
        return view(stories.approve(id, version(step)));
    }

    @POST
    @Path("{id}/return")
    @RolesAllowed(Role.Names.MANAGER)
    @Operation(summary = "Return a story to its author with a comment")
    public StoryView returnToAuthor(@PathParam("id") long id, Step step) {
        return view(stories.returnToAuthor(id, version(step), step == null ? null : step.comment()));
    }

    @POST
    @Path("{id}/schedule")
    @RolesAllowed(Role.Names.COMMUNICATOR)
    @Operation(
            summary =
                    "Plan the story in a channel at a time (ISO local date-time); 409 with warnings unless confirm is true")
    public Response schedule(@PathParam("id") long id, ScheduleJson json) {
        if (json == null) {
            throw PortalException.invalidField("channel", "story.schedule.channelRequired");
        }
        return scheduled(stories.schedule(id, json.version(), json.channel(), parse(json.at()), json.confirm()));
    }

    @POST
    @Path("placements/{placementId}/move")
    @RolesAllowed(Role.Names.COMMUNICATOR)
    @Operation(
            summary =
                    "Move a planned post to another time, as dragging it on the calendar does; 409 with warnings unless confirm is true")
    public Response move(@PathParam("placementId") long placementId, MoveJson json) {
        if (json == null) {
            throw PortalException.invalidField("scheduledAt", "story.schedule.timeRequired");
        }
        return scheduled(stories.move(placementId, parse(json.at()), json.confirm()));
    }

    /** The planned post, or 409 with the channel guide's warnings the caller must confirm. */
    private Response scheduled(ScheduleResult result) {
        if (result.needsConfirmation()) {
            Locale locale = Languages.fromAcceptLanguage(headers.getAcceptableLanguages());
            return Response.status(Response.Status.CONFLICT)
                    .entity(new WarningsView(result.warnings().stream()
                            .map(w -> new WarningView(w.key(), Messages.text(locale, w.key(), w.args())))
                            .toList()))
                    .build();
        }
        return Response.ok(PlacementView.of(result.placement())).build();
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed(Role.Names.COMMUNICATOR)
    @Operation(summary = "Record the link of the post in a channel: the story is published there")
    public PlacementView publish(@PathParam("id") long id, PublishJson json) {
        if (json == null) {
            throw PortalException.invalidField("link", "story.publish.linkRequired");
        }
        return PlacementView.of(stories.publish(id, json.version(), json.channel(), json.link()));
    }

    @POST
    @Path("{id}/withdraw")
    @RolesAllowed(Role.Names.EMPLOYEE)
    @Operation(summary = "The author withdraws the story: it leaves the public feed at once")
    public StoryView withdraw(@PathParam("id") long id, Step step) {
        return view(stories.withdraw(id, version(step)));
    }

    @POST
    @Path("{id}/photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.Names.EMPLOYEE)
    @Operation(
            summary = "Add a photo (JPEG, PNG or WebP, part 'file'; optional part 'altText'); stored without metadata")
    public Response addPhoto(@PathParam("id") long id, List<EntityPart> parts) throws IOException {
        byte[] file = null;
        String altText = null;
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            if ("file".equals(part.getName())) {
                file = readLimited(part.getContent());
            } else if ("altText".equals(part.getName())) {
                altText = new String(readLimited(part.getContent()), StandardCharsets.UTF_8);
            }
        }
        if (file == null) {
            throw PortalException.invalidField("photo", "story.photo.empty");
        }
        StoryPhoto photo = stories.addPhoto(id, file, altText);
        return Response.status(Response.Status.CREATED)
                .entity(PhotoView.of(photo, uri, false))
                .build();
    }

    @GET
    @Path("photos/{photoId}/{size}")
    @Produces({"image/jpeg", "image/png"})
    @Operation(summary = "A stored photo (large or small) of a story the caller may see")
    public Response photo(@PathParam("photoId") long photoId, @PathParam("size") String size) {
        return PublicPortraitsResource.image(stories.photo(photoId), size, "private, no-cache");
    }

    private StoryView view(Story story) {
        return StoryView.of(story, readability.score(story.getBody()), uri);
    }

    private static Long version(Step step) {
        return step == null ? null : step.version();
    }

    private static Instant parse(String at) {
        if (at == null || at.isBlank()) {
            throw PortalException.invalidField("scheduledAt", "story.schedule.timeRequired");
        }
        try {
            return se.ambassadorsportalen.platform.time.PortalTime.parseInstant(at);
        } catch (DateTimeParseException e) {
            throw PortalException.invalidField("scheduledAt", "story.schedule.timeInvalid", at);
        }
    }

    /** Reads at most one byte more than the upload limit, so a huge upload is refused without filling memory. */
    private static byte[] readLimited(InputStream in) throws IOException {
        try (in) {
            return in.readNBytes((int) PhotoSanitizer.Limits.standard().maxBytes() + 1);
        }
    }
}
