package se.ambassadorsportalen.policy.rest;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.i18n.Languages;
import se.ambassadorsportalen.platform.persistence.PageRequest;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.text.MarkdownText;
import se.ambassadorsportalen.platform.time.PortalTime;
import se.ambassadorsportalen.policy.boundary.Acknowledgements;
import se.ambassadorsportalen.policy.boundary.Policies;
import se.ambassadorsportalen.policy.control.UnitCoverage;
import se.ambassadorsportalen.policy.entity.DocumentSettings;
import se.ambassadorsportalen.policy.entity.DocumentType;
import se.ambassadorsportalen.policy.entity.PolicyAcknowledgement;
import se.ambassadorsportalen.policy.entity.PolicyContent;
import se.ambassadorsportalen.policy.entity.PolicyDocument;
import se.ambassadorsportalen.policy.entity.PolicyVersion;
import se.ambassadorsportalen.policy.entity.VersionNumber;

/**
 * Policy documents for the intranet's other systems: the current version of each, any earlier
 * version, acknowledging the current one, and coverage per unit. Texts come in the caller's
 * language (Accept-Language) where a translation exists. Only delegates to the boundaries.
 */
@Path("policies")
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
public class PoliciesResource {

    public record PolicySummary(
            long id,
            String type,
            String title,
            String version,
            String validFrom,
            String validUntil,
            boolean requiresAcknowledgement,
            String acknowledgementDue) {
        static PolicySummary of(PolicyVersion version, Locale locale) {
            PolicyDocument document = version.getDocument();
            return new PolicySummary(
                    document.getId(),
                    document.getType().name(),
                    version.title(locale),
                    version.getNumber(),
                    version.getValidFrom().toString(),
                    text(version.getValidUntil()),
                    document.isRequiresAcknowledgement(),
                    text(document.getAcknowledgementDue()));
        }
    }

    public record VersionRef(
            String version, String publishedAt, String publishedBy, String changeNote, boolean current) {}

    public record PolicyDetail(
            long id,
            long lockVersion,
            String type,
            String title,
            String version,
            String validFrom,
            String validUntil,
            boolean requiresAcknowledgement,
            String acknowledgementDue,
            String ownerName,
            String adoptedBy,
            String language,
            String markdown,
            String html,
            List<VersionRef> versions) {
        static PolicyDetail of(PolicyVersion version, Locale locale) {
            PolicyDocument document = version.getDocument();
            String body = version.body(locale);
            return new PolicyDetail(
                    document.getId(),
                    document.getVersion(),
                    document.getType().name(),
                    version.title(locale),
                    version.getNumber(),
                    version.getValidFrom().toString(),
                    text(version.getValidUntil()),
                    document.isRequiresAcknowledgement(),
                    text(document.getAcknowledgementDue()),
                    document.getOwnerName(),
                    document.getAdoptedBy(),
                    version.speaks(locale) ? locale.getLanguage() : Languages.DEFAULT.getLanguage(),
                    body,
                    MarkdownText.toHtml(body),
                    document.getVersions().stream()
                            .map(v -> new VersionRef(
                                    v.getNumber(),
                                    PortalTime.iso(v.getPublishedAt()),
                                    v.getPublishedBy(),
                                    v.getChangeNote(),
                                    v.isCurrent()))
                            .toList());
        }
    }

    /** A new document or a new version: settings, the version number and the content. */
    public record PolicyInput(
            String type,
            String ownerName,
            String adoptedBy,
            Boolean requiresAcknowledgement,
            LocalDate acknowledgementDue,
            String versionNumber,
            Long lockVersion,
            String titleSv,
            String titleEn,
            String bodySv,
            String bodyEn,
            LocalDate validFrom,
            LocalDate validUntil,
            String changeNote) {
        DocumentSettings settings() {
            DocumentType documentType;
            try {
                documentType = type == null ? null : DocumentType.valueOf(type);
            } catch (IllegalArgumentException unknown) {
                throw PortalException.invalidField("type", "policy.document.type.required");
            }
            return new DocumentSettings(
                    documentType,
                    ownerName,
                    adoptedBy,
                    Boolean.TRUE.equals(requiresAcknowledgement),
                    acknowledgementDue);
        }

        PolicyContent content() {
            return new PolicyContent(titleSv, titleEn, bodySv, bodyEn, validFrom, validUntil, changeNote);
        }
    }

    /** A document's settings and the current version's last valid day, changed without a new version. */
    public record SettingsInput(
            Long lockVersion,
            String type,
            String ownerName,
            String adoptedBy,
            Boolean requiresAcknowledgement,
            LocalDate acknowledgementDue,
            LocalDate validUntil) {
        DocumentSettings settings() {
            return new PolicyInput(
                            type,
                            ownerName,
                            adoptedBy,
                            requiresAcknowledgement,
                            acknowledgementDue,
                            null,
                            lockVersion,
                            null,
                            null,
                            null,
                            null,
                            null,
                            validUntil,
                            null)
                    .settings();
        }
    }

    public record Acknowledgement(long documentId, String version, String acknowledgedAt) {
        static Acknowledgement of(PolicyAcknowledgement ack) {
            return new Acknowledgement(
                    ack.getDocument().getId(),
                    ack.getPolicyVersion().getNumber(),
                    PortalTime.iso(ack.getAcknowledgedAt()));
        }
    }

    public record UnitRow(long unitId, String code, String name, long acknowledged, long total, int share) {
        static UnitRow of(UnitCoverage row) {
            return new UnitRow(
                    row.unitId(), row.unitCode(), row.unitName(), row.acknowledged(), row.total(), row.share());
        }
    }

    public record Coverage(
            long documentId, String version, long acknowledged, long total, int share, List<UnitRow> units) {}

    public record Reminded(int reminded) {}

    @Inject
    Policies policies;

    @Inject
    Acknowledgements acknowledgements;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(
            summary = "The current version of each policy document by title, in the alphabet of the Accept-Language;"
                    + " q searches titles and texts for all its words")
    public List<PolicySummary> list(
            @QueryParam("q") String query,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("200") int size) {
        // by title in the alphabet of the Accept-Language, each reader's title (an English one for English readers)
        PageRequest request = new PageRequest(first, size, null, true, Map.of(), locale());
        var page = query == null ? policies.current(request) : policies.search(query, request);
        return page.items().stream()
                .map(version -> PolicySummary.of(version, locale()))
                .toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A document's current version with its text and version history")
    public PolicyDetail get(@PathParam("id") long id) {
        return PolicyDetail.of(policies.document(id).current(), locale());
    }

    @GET
    @Path("{id}/versions/{version}")
    @Operation(summary = "One published version of a document, for example 1.0")
    public PolicyDetail version(@PathParam("id") long id, @PathParam("version") String version) {
        return PolicyDetail.of(policies.version(id, VersionNumber.parse(version)), locale());
    }

    @POST
    @RolesAllowed(Role.Names.COMMUNICATOR)
    @Operation(summary = "Create a document with its first version (communicators)")
    public Response create(PolicyInput input) {
        if (input == null) {
            throw PortalException.invalid("platform.error.badRequest");
        }
        Policies.Published published = policies.create(input.settings(), input.versionNumber(), input.content());
        return Response.status(Response.Status.CREATED)
                .entity(PolicyDetail.of(published.version(), locale()))
                .build();
    }

    @POST
    @Path("{id}/versions")
    @RolesAllowed(Role.Names.COMMUNICATOR)
    @Operation(summary = "Publish a new version (communicators); send the lockVersion you read")
    public Response publish(@PathParam("id") long id, PolicyInput input) {
        if (input == null || input.lockVersion() == null) {
            throw PortalException.invalidField("lockVersion", "platform.error.badRequest");
        }
        Policies.Published published =
                policies.publish(id, input.lockVersion(), input.settings(), input.versionNumber(), input.content());
        return Response.status(Response.Status.CREATED)
                .entity(PolicyDetail.of(published.version(), locale()))
                .build();
    }

    @PUT
    @Path("{id}/settings")
    @RolesAllowed(Role.Names.COMMUNICATOR)
    @Operation(
            summary =
                    "Change owner, adopting body, type, acknowledgement and the current version's valid-until without a new version (communicators); send the lockVersion you read")
    public PolicyDetail adjust(@PathParam("id") long id, SettingsInput input) {
        if (input == null || input.lockVersion() == null) {
            throw PortalException.invalidField("lockVersion", "platform.error.badRequest");
        }
        PolicyDocument document = policies.adjust(id, input.lockVersion(), input.settings(), input.validUntil());
        return PolicyDetail.of(document.current(), locale());
    }

    @POST
    @Path("{id}/acknowledgements")
    @RolesAllowed({
        Role.Names.EMPLOYEE,
        Role.Names.MANAGER,
        Role.Names.PRESS_OFFICER,
        Role.Names.HR,
        Role.Names.COMMUNICATOR
    })
    @Operation(summary = "The caller acknowledges the current version (idempotent)")
    public Acknowledgement acknowledge(@PathParam("id") long id) {
        return Acknowledgement.of(acknowledgements.acknowledge(id));
    }

    @GET
    @Path("{id}/coverage")
    @RolesAllowed({Role.Names.MANAGER, Role.Names.HR, Role.Names.COMMUNICATOR})
    @Operation(summary = "Acknowledged and total staff per unit (managers: their units; HR and communicators: all)")
    public Coverage coverage(@PathParam("id") long id, @QueryParam("unit") Long unitId) {
        List<UnitCoverage> rows = acknowledgements.coverage(id, unitId);
        UnitCoverage total = UnitCoverage.total(0, "", "", rows);
        return new Coverage(
                id,
                policies.document(id).current().getNumber(),
                total.acknowledged(),
                total.total(),
                total.share(),
                rows.stream().map(UnitRow::of).toList());
    }

    @POST
    @Path("{id}/reminders")
    @RolesAllowed({Role.Names.MANAGER, Role.Names.HR, Role.Names.COMMUNICATOR})
    @Operation(summary = "Mail a reminder to the staff of a unit who have not acknowledged the current version")
    public Reminded remind(@PathParam("id") long id, @QueryParam("unit") Long unitId) {
        if (unitId == null) {
            throw PortalException.invalidField("unit", "policy.coverage.unitRequired");
        }
        return new Reminded(acknowledgements.remind(id, unitId));
    }

    private Locale locale() {
        return headers == null ? Languages.DEFAULT : Languages.fromAcceptLanguage(headers.getAcceptableLanguages());
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
