package se.ambassadorsportalen.story.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.Page;
import se.ambassadorsportalen.platform.web.PortalAddress;
import se.ambassadorsportalen.story.boundary.Portrait;
import se.ambassadorsportalen.story.boundary.PublicPortraits;
import se.ambassadorsportalen.story.entity.StoryPhoto;
import se.ambassadorsportalen.story.rest.StoryViews.PhotoView;

/**
 * The staff portraits for the public careers site, without login: JSON for the site to render
 * and the photos of those portraits. Text is plain text (never HTML) for the site to escape.
 */
@Path("public")
@RequestScoped
@PermitAll
public class PublicPortraitsResource {

    public record PortraitView(
            long id,
            String title,
            String text,
            String profession,
            String unit,
            String town,
            String firstName,
            List<PhotoView> images,
            List<String> channels,
            String published) {}

    /** One page of portraits, as the careers site reads it. */
    public record PortraitPage(List<PortraitView> items, long total, int first, int size) {}

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    PublicPortraits portraits;

    @Inject
    PublicFeedCache cache;

    @Inject
    PortalAddress address;

    @Context
    Request request;

    @GET
    @Path("portraits")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Staff portraits published in the last twelve months with every consent valid (no login);"
                    + " answers 304 to a caller whose ETag or Last-Modified is still current")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PortraitPage.class)))
    public Response portraits(
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("50") int size) {
        PublicFeedCache.Rendered page = cache.get("json " + first + " " + size, () -> render(first, size));
        EntityTag tag = new EntityTag(page.etag());
        Response.ResponseBuilder answer = request.evaluatePreconditions(Date.from(page.lastModified()), tag);
        if (answer == null) {
            answer = Response.ok(page.body(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
        }
        return answer.tag(tag)
                .lastModified(Date.from(page.lastModified()))
                .header("Cache-Control", "public, max-age=300")
                .build();
    }

    private PublicFeedCache.Rendered render(int first, int size) {
        Page<Portrait> page = portraits.portraits(first, size);
        List<PortraitView> items = page.items().stream()
                .map(p -> new PortraitView(
                        p.id(),
                        p.title(),
                        p.text(),
                        p.profession(),
                        p.unit(),
                        p.town(),
                        p.firstName(),
                        p.photos().stream()
                                .map(photo -> PhotoView.ofPublic(photo, address.root()))
                                .toList(),
                        p.channels(),
                        se.ambassadorsportalen.platform.time.PortalTime.withOffset(p.published())
                                .toString()))
                .toList();
        PortraitPage view = new PortraitPage(items, page.total(), Math.max(0, first), Math.max(1, Math.min(size, 100)));
        return PublicFeedCache.of(
                JSON.toJson(view),
                page.items().stream()
                        .map(Portrait::published)
                        .max(Instant::compareTo)
                        .orElse(null));
    }

    @GET
    @Path("photos/{photoId}/{size}")
    @Produces({"image/jpeg", "image/png"})
    @Operation(summary = "A photo of a portrait in the public feed (large or small); 404 for anything else")
    public Response photo(@PathParam("photoId") long photoId, @PathParam("size") String size) {
        return image(portraits.photo(photoId), size, "public, max-age=300");
    }

    static Response image(StoryPhoto photo, String size, String cacheControl) {
        StoryPhoto.Size wanted;
        if ("large".equals(size)) {
            wanted = StoryPhoto.Size.LARGE;
        } else if ("small".equals(size)) {
            wanted = StoryPhoto.Size.SMALL;
        } else {
            throw PortalException.notFound("story.photo.notFound");
        }
        return Response.ok(photo.image(wanted), photo.getContentType())
                .header("Cache-Control", cacheControl)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
