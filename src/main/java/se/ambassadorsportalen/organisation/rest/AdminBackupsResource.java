package se.ambassadorsportalen.organisation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.ambassadorsportalen.platform.backup.Backups;
import se.ambassadorsportalen.platform.backup.DatabaseBackups;
import se.ambassadorsportalen.platform.security.Role;

/** Backups of the embedded H2 database for admins: the list, and a backup now (409 on PostgreSQL). */
@Path("admin/backups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class AdminBackupsResource {

    public record BackupView(String name, long bytes, String written) {

        static BackupView of(DatabaseBackups.Backup backup) {
            return new BackupView(
                    backup.name(), backup.bytes(), backup.written().toString());
        }
    }

    public record BackupList(boolean available, String folder, List<BackupView> items) {}

    @Inject
    Backups backups;

    @GET
    @Operation(summary = "The backups in the backup folder, newest first (available: false on PostgreSQL)")
    public BackupList list() {
        boolean available = backups.available();
        return new BackupList(
                available,
                available ? backups.folder() : null,
                available ? backups.list().stream().map(BackupView::of).toList() : List.of());
    }

    @POST
    @Operation(summary = "Takes a backup now (201; 409 when the database is not the embedded H2)")
    public Response backupNow() {
        return Response.status(Response.Status.CREATED)
                .entity(BackupView.of(backups.backupNow()))
                .build();
    }
}
