package se.ambassadorsportalen.news.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.ambassadorsportalen.news.boundary.NewsItems;
import se.ambassadorsportalen.news.boundary.NewsReaders;
import se.ambassadorsportalen.news.entity.DigestFrequency;
import se.ambassadorsportalen.news.entity.NewsDraft;
import se.ambassadorsportalen.news.entity.NewsItem;
import se.ambassadorsportalen.news.entity.NewsTopic;
import se.ambassadorsportalen.news.rest.NewsViews.FeedAddress;
import se.ambassadorsportalen.news.rest.NewsViews.ItemInput;
import se.ambassadorsportalen.news.rest.NewsViews.ItemPage;
import se.ambassadorsportalen.news.rest.NewsViews.ItemView;
import se.ambassadorsportalen.news.rest.NewsViews.Publication;
import se.ambassadorsportalen.news.rest.NewsViews.Subscriptions;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.Page;
import se.ambassadorsportalen.platform.persistence.PageRequest;
import se.ambassadorsportalen.platform.security.Role;

/**
 * Internal news for the intranet's other systems: staff read the items for them and manage their
 * own subscriptions and feed address; communicators write and publish items.
 */
@Path("news")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Role.Names.EMPLOYEE,
    Role.Names.MANAGER,
    Role.Names.PRESS_OFFICER,
    Role.Names.HR,
    Role.Names.COMMUNICATOR,
    Role.Names.ADMIN
})
public class NewsResource {

    @Inject
    NewsItems items;

    @Inject
    NewsReaders readers;

    @Context
    UriInfo uri;

    @GET
    @Path("items")
    @Operation(summary = "Published items for the caller (whole organisation or their units), newest first, paged")
    public ItemPage forMe(
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("20") int size) {
        PageRequest request = PageRequest.of(first, size);
        Page<NewsItem> page = items.forMe(request);
        return new ItemPage(
                page.items().stream().map(ItemView::of).toList(), page.total(), request.first(), request.size());
    }

    @GET
    @Path("items/{id}")
    @Operation(summary = "One item; a draft or an item for other units is 404 (communicators see all)")
    public ItemView item(@PathParam("id") long id) {
        return ItemView.of(items.item(id));
    }

    @GET
    @Path("items/{id}/image")
    @Produces({"image/jpeg", "image/png"})
    @Operation(summary = "The item's photo (re-encoded without metadata)")
    public Response image(@PathParam("id") long id) {
        NewsItem item = items.item(id);
        if (!item.isHasImage()) {
            throw PortalException.notFound("news.image.none");
        }
        return Response.ok(item.getImage(), item.getImageType())
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @POST
    @Path("items")
    @RolesAllowed(Role.Names.COMMUNICATOR)
    @Operation(summary = "Write a new item as a draft (communicators)")
    public Response create(ItemInput input) {
        NewsItem item = items.create(draft(input)).item();
        return Response.created(URI.create("news/items/" + item.getId()))
                .entity(ItemView.of(item))
                .build();
    }

    @PUT
    @Path("items/{id}")
    @RolesAllowed(Role.Names.COMMUNICATOR)
    @Operation(summary = "Change an item, draft or published (communicators); version from the last read")
    public ItemView update(@PathParam("id") long id, ItemInput input) {
        if (input == null || input.version() == null) {
            throw PortalException.invalidField("version", "news.version.required");
        }
        return ItemView.of(items.update(id, input.version(), draft(input)).item());
    }

    @POST
    @Path("items/{id}/publication")
    @RolesAllowed(Role.Names.COMMUNICATOR)
    @Operation(summary = "Publish a draft to its audience now (communicators)")
    public ItemView publish(@PathParam("id") long id, Publication publication) {
        if (publication == null) {
            throw PortalException.invalidField("version", "news.version.required");
        }
        return ItemView.of(items.publish(id, publication.version()));
    }

    @GET
    @Path("me/subscriptions")
    @Operation(summary = "The caller's topics, units and digest frequency")
    public Subscriptions subscriptions() {
        return Subscriptions.of(readers.mine());
    }

    @PUT
    @Path("me/subscriptions")
    @Operation(summary = "Replace the caller's topics, units and digest frequency (NONE, DAILY or WEEKLY)")
    public Subscriptions follow(Subscriptions wanted) {
        if (wanted == null) {
            throw PortalException.invalid("news.body.required");
        }
        Set<NewsTopic> topics = wanted.topics() == null
                ? Set.of()
                : wanted.topics().stream()
                        .map(topic -> parse(NewsTopic.class, topic, "topics"))
                        .collect(Collectors.toSet());
        DigestFrequency frequency = wanted.frequency() == null
                ? DigestFrequency.NONE
                : parse(DigestFrequency.class, wanted.frequency(), "frequency");
        return Subscriptions.of(
                readers.follow(topics, wanted.unitIds() == null ? Set.of() : wanted.unitIds(), frequency));
    }

    @POST
    @Path("me/feed")
    @Operation(summary = "Make a new private Atom feed address (the old one stops working); shown only in this answer")
    public FeedAddress newFeed() {
        return new FeedAddress(feedUrl(uri, readers.newFeedToken()));
    }

    @DELETE
    @Path("me/feed")
    @Operation(summary = "Revoke the caller's private feed address")
    public Response revokeFeed() {
        readers.revokeFeed();
        return Response.noContent().build();
    }

    /** The feed's address beside the API: {@code <context>/news-feed/<token>}. */
    static String feedUrl(UriInfo uri, String token) {
        String api = uri.getBaseUri().toString();
        String context = api.substring(0, api.indexOf("/api/"));
        return context + "/news-feed/" + token;
    }

    static NewsDraft draft(ItemInput input) {
        if (input == null) {
            throw PortalException.invalid("news.body.required");
        }
        return new NewsDraft(
                input.title(),
                input.body(),
                input.topic() == null ? null : parse(NewsTopic.class, input.topic(), "topic"),
                input.brand(),
                input.audienceUnitIds());
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw PortalException.invalidField(field, "news.value.unknown", value);
        }
    }
}
