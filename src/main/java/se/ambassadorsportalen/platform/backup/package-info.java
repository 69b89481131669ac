/**
 * Backups of the embedded H2 database: H2's {@code SCRIPT} of one consistent snapshot into a folder
 * with retention ({@link se.ambassadorsportalen.platform.backup.DatabaseBackups}), run nightly once
 * across nodes ({@link se.ambassadorsportalen.platform.backup.BackupJob}) and on an admin's request
 * ({@link se.ambassadorsportalen.platform.backup.Backups}). On PostgreSQL the database's own tools
 * do this; restoring is {@code src/main/scripts/restore-backup.sh} (README, <em>Backups</em>).
 */
package se.ambassadorsportalen.platform.backup;
