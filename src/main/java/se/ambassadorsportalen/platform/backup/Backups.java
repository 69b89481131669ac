package se.ambassadorsportalen.platform.backup;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.persistence.DatabaseVendor;
import se.ambassadorsportalen.platform.persistence.PortalStartup;
import se.ambassadorsportalen.platform.security.Role;

/**
 * Backups of the embedded H2 database, for admins (the list and a backup now) and for
 * {@link BackupJob}. On PostgreSQL the portal takes none: the database's own tools do it better
 * (pg_dump, base backups with WAL archiving), and {@link #available()} says so to the page.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Backups {

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    PortalStartup startup;

    @RolesAllowed(Role.Names.ADMIN)
    public boolean available() {
        return isH2();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public String folder() {
        return backups().folder().toAbsolutePath().toString();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public List<DatabaseBackups.Backup> list() {
        return backups().list();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public DatabaseBackups.Backup backupNow() {
        if (!isH2()) {
            throw PortalException.conflict("platform.backup.notH2");
        }
        try {
            return backups().backup();
        } catch (SQLException e) {
            throw new IllegalStateException("The backup failed: " + e.getMessage(), e);
        }
    }

    boolean isH2() {
        return startup.vendor().map(vendor -> vendor == DatabaseVendor.H2).orElse(false);
    }

    DatabaseBackups backups() {
        return DatabaseBackups.configured(dataSource);
    }
}
