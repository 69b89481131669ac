package se.ambassadorsportalen.organisation.rest;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.ambassadorsportalen.organisation.boundary.Organisation;
import se.ambassadorsportalen.organisation.boundary.Organisation.UnitDetails;
import se.ambassadorsportalen.organisation.entity.Unit;
import se.ambassadorsportalen.organisation.rest.AdminUsersResource.PageView;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.i18n.Languages;
import se.ambassadorsportalen.platform.persistence.Page;
import se.ambassadorsportalen.platform.persistence.PageRequest;
import se.ambassadorsportalen.platform.security.Role;

/** The organisation tree, for admins and an HR system that keeps it in sync. */
@Path("admin/units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class AdminUnitsResource {

    public record UnitView(
            long id,
            long version,
            String code,
            String name,
            String kind,
            Long parentId,
            Long managerId,
            Integer headcount) {
        static UnitView of(Unit unit) {
            return new UnitView(
                    unit.getId(),
                    unit.getVersion(),
                    unit.getCode(),
                    unit.getName(),
                    unit.getKind().name(),
                    unit.getParent() == null ? null : unit.getParent().getId(),
                    unit.getManager() == null ? null : unit.getManager().getId(),
                    unit.getHeadcount());
        }
    }

    public record UnitChange(long version, UnitDetails details) {}

    @Inject
    Organisation organisation;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(
            summary = "Administrations and units, paged",
            description = "By code, or with sort=name by name in the alphabet of the Accept-Language"
                    + " (Swedish, English or Danish), or with sort=kind by the kind's name in that language")
    public PageView<UnitView> list(
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("100") int size,
            @QueryParam("code") String code,
            @QueryParam("sort") @DefaultValue("code") String sort) {
        PageRequest request = new PageRequest(
                first,
                size,
                "name".equals(sort) || "kind".equals(sort) ? sort : "code",
                true,
                code == null ? Map.of() : Map.of("code", code),
                headers == null ? null : Languages.fromAcceptLanguage(headers.getAcceptableLanguages()));
        Page<Unit> page = organisation.units(request);
        return new PageView<>(
                page.items().stream().map(UnitView::of).toList(), page.total(), request.first(), request.size());
    }

    @GET
    @Path("{id}")
    public UnitView get(@PathParam("id") long id) {
        return UnitView.of(organisation.unit(id));
    }

    @POST
    @Operation(summary = "Create an administration or a unit")
    public Response create(UnitDetails details) {
        if (details == null || details.kind() == null) {
            throw PortalException.invalidField("kind", "organisation.unit.kind.required");
        }
        return Response.status(Response.Status.CREATED)
                .entity(UnitView.of(organisation.createUnit(details)))
                .build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a unit; send the version you read")
    public UnitView update(@PathParam("id") long id, UnitChange change) {
        if (change == null || change.details() == null || change.details().kind() == null) {
            throw PortalException.invalidField("kind", "organisation.unit.kind.required");
        }
        return UnitView.of(organisation.updateUnit(id, change.version(), change.details()));
    }
}
