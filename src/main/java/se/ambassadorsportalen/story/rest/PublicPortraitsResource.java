package se.ambassadorsportalen.story.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.Page;
import se.ambassadorsportalen.story.boundary.PublicPortraits;
import se.ambassadorsportalen.story.boundary.Portrait;
import se.ambassadorsportalen.story.entity.StoryPhoto;
import se.ambassadorsportalen.story.rest.StoryViews.PageView;
import se.ambassadorsportalen.story.rest.StoryViews.PhotoView;

/**
 * The staff portraits for the public careers site, without login: JSON for the site to render
 * and the photos of those portraits. Text is plain text (never HTML) for the site to escape.
 */
@Path("public")
@RequestScoped
@PermitAll
public class PublicPortraitsResource {

    public record PortraitView(long id, String title, String text, String profession, String unit, String town,
                               String firstName, List<PhotoView> images, List<String> channels, String published) {
    }

    @Inject
    PublicPortraits portraits;

    @Context
    UriInfo uri;

    @GET
    @Path("portraits")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Staff portraits published in the last twelve months with every consent valid (no login)")
    public PageView<PortraitView> portraits(@QueryParam("first") @DefaultValue("0") int first,
                                            @QueryParam("size") @DefaultValue("50") int size) {
        Page<Portrait> page = portraits.portraits(first, size);
        List<PortraitView> items = page.items().stream().map(p -> new PortraitView(p.id(), p.title(), p.text(),
                p.profession(), p.unit(), p.town(), p.firstName(),
                p.photos().stream().map(photo -> PhotoView.of(photo, uri, true)).toList(),
                p.channels(), p.published().toString())).toList();
        return new PageView<>(items, page.total(), Math.max(0, first), Math.max(1, Math.min(size, 100)));
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
        return Response.ok(photo.image(wanted), photo.getContentType()).header("Cache-Control", cacheControl)
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
