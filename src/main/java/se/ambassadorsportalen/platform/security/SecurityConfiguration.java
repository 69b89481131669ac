package se.ambassadorsportalen.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * The identity store: accounts and roles straight from the portal's own tables, passwords as
 * PBKDF2 hashes. The parameters are repeated in {@link PasswordHashing} so that hashes the
 * portal writes are the ones this store verifies. The store reads at sign-in, outside any
 * transaction, so through the non-transactional data source (see {@link CallerDirectory#perCheck}):
 * a connection of the transactional one would stay with the sign-in request while its page's
 * transactions wait for another.
 */
@ApplicationScoped
@DeclareRoles({
    Role.Names.EMPLOYEE,
    Role.Names.MANAGER,
    Role.Names.PRESS_OFFICER,
    Role.Names.HR,
    Role.Names.COMMUNICATOR,
    Role.Names.ADMIN
})
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "jdbc/portalReads",
        callerQuery = "select password_hash from app_user where username = ? and active = true",
        groupsQuery = "select r.role_name from user_role r join app_user u on u.id = r.user_id"
                + " where u.username = ? and u.active = true",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
            "Pbkdf2PasswordHash.Algorithm=" + PasswordHashing.ALGORITHM,
            "Pbkdf2PasswordHash.Iterations=" + PasswordHashing.ITERATIONS,
            "Pbkdf2PasswordHash.SaltSizeBytes=" + PasswordHashing.SALT_BYTES,
            "Pbkdf2PasswordHash.KeySizeBytes=" + PasswordHashing.KEY_BYTES
        })
public class SecurityConfiguration {}
