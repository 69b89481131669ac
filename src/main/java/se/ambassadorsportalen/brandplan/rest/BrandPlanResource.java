package se.ambassadorsportalen.brandplan.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.ambassadorsportalen.brandplan.api.PlanEntry;
import se.ambassadorsportalen.brandplan.api.PlanKind;
import se.ambassadorsportalen.brandplan.api.Wording;
import se.ambassadorsportalen.brandplan.boundary.BrandPlan;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.security.Role;

/**
 * The employer-brand plan for the intranet's other systems: everyone signed in reads the brand
 * associations and target groups with their codes and texts per language; communicators create,
 * rename, retire and restore them. {@code kind} is {@code associations} or {@code target-groups}.
 */
@Path("brand-plan/{kind}")
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
public class BrandPlanResource {

    /** A record: texts by language code ("sv", "en" ...); parentCode only on sub-groups. */
    public record EntryJson(
            long id, long version, String code, boolean active, String parentCode, Map<String, Wording> texts) {
        static EntryJson of(PlanEntry e) {
            return new EntryJson(e.id(), e.version(), e.code(), e.active(), e.parentCode(), e.texts());
        }
    }

    /** A new record (code optional: made from the Swedish name), new texts, or a version to retire or restore. */
    public record EntryInput(Long version, String code, String parentCode, Map<String, Wording> texts) {}

    @Inject
    BrandPlan plan;

    @GET
    @Operation(summary = "Every brand association or target group, active and retired, in the plan's order")
    public List<EntryJson> list(@PathParam("kind") String kind) {
        return plan.entries(kind(kind)).stream().map(EntryJson::of).toList();
    }

    @POST
    @RolesAllowed(Role.Names.COMMUNICATOR)
    @Operation(summary = "Create a brand association or target group (communicators); the code never changes")
    public Response create(@PathParam("kind") String kind, EntryInput input) {
        if (input == null) {
            throw PortalException.invalid("brandplan.body.required");
        }
        PlanEntry made = plan.create(kind(kind), new BrandPlan.Draft(input.code(), input.parentCode(), input.texts()));
        return Response.created(URI.create("brand-plan/" + kind + "/" + made.id()))
                .entity(EntryJson.of(made))
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Names.COMMUNICATOR)
    @Operation(summary = "Rename: replace the texts (communicators); the code, and all that refers to it, stays")
    public EntryJson rename(@PathParam("kind") String kind, @PathParam("id") long id, EntryInput input) {
        return EntryJson.of(plan.rename(kind(kind), id, version(input), input.texts()));
    }

    @POST
    @Path("{id}/retirement")
    @RolesAllowed(Role.Names.COMMUNICATOR)
    @Operation(summary = "Retire: no longer offered for new content; what carries it keeps it (communicators)")
    public EntryJson retire(@PathParam("kind") String kind, @PathParam("id") long id, EntryInput input) {
        return EntryJson.of(plan.retire(kind(kind), id, version(input)));
    }

    @POST
    @Path("{id}/restoration")
    @RolesAllowed(Role.Names.COMMUNICATOR)
    @Operation(summary = "Offer a retired record again (communicators)")
    public EntryJson restore(@PathParam("kind") String kind, @PathParam("id") long id, EntryInput input) {
        return EntryJson.of(plan.restore(kind(kind), id, version(input)));
    }

    private static long version(EntryInput input) {
        if (input == null || input.version() == null) {
            throw PortalException.invalidField("version", "brandplan.version.required");
        }
        return input.version();
    }

    static PlanKind kind(String path) {
        return switch (path) {
            case "associations" -> PlanKind.ASSOCIATION;
            case "target-groups" -> PlanKind.TARGET_GROUP;
            default -> throw PortalException.notFound("brandplan.notFound");
        };
    }
}
