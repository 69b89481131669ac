package se.ambassadorsportalen.organisation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import se.ambassadorsportalen.platform.backup.Backups;
import se.ambassadorsportalen.platform.backup.DatabaseBackups;
import se.ambassadorsportalen.platform.time.PortalTime;
import se.ambassadorsportalen.platform.web.FacesMessages;

/** The admin page of the database backups: the list, and a backup now (embedded H2 only). */
@Named
@RequestScoped
public class BackupsBacking {

    @Inject
    Backups backups;

    private List<DatabaseBackups.Backup> list;

    public void backupNow() {
        try {
            DatabaseBackups.Backup made = backups.backupNow();
            list = null;
            FacesMessages.info("organisation.backups.made", made.name());
        } catch (RuntimeException e) {
            FacesMessages.failed(e, null);
        }
    }

    public boolean isAvailable() {
        return backups.available();
    }

    public String getFolder() {
        return backups.folder();
    }

    public List<DatabaseBackups.Backup> getBackups() {
        if (list == null) {
            list = backups.available() ? backups.list() : List.of();
        }
        return list;
    }

    /** When the backup was written, as wall-clock time in the portal's time zone. */
    public LocalDateTime written(DatabaseBackups.Backup backup) {
        return LocalDateTime.ofInstant(backup.written(), PortalTime.zone()).truncatedTo(ChronoUnit.SECONDS);
    }
}
