package se.ambassadorsportalen.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import se.ambassadorsportalen.platform.persistence.InstantConverter;

/**
 * Reads a caller's account as it is now, in one indexed query per request. Deliberately no
 * cache in front of it: a per-node cache would have to be emptied on every node when an admin
 * deactivates someone, while one primary-key-sized query costs far less than the page it guards
 * and is right on every node at once. Plain JDBC, because it runs in the authentication
 * mechanism, before any transaction or persistence context exists.
 */
@ApplicationScoped
public class CallerDirectory {

    /** A token's last use is written at most this often, so API calls do not each write a row. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(5);

    private static final Logger LOG = Logger.getLogger(CallerDirectory.class.getName());

    private static final String BY_USERNAME = "select u.username, u.active, u.security_stamp, r.role_name"
            + " from app_user u left join user_role r on r.user_id = u.id where u.username = ?";
    private static final String BY_TOKEN = "select u.username, u.active, u.security_stamp, r.role_name"
            + " from api_token t join app_user u on u.id = t.user_id left join user_role r on r.user_id = u.id"
            + " where t.token_hash = ? and t.revoked_at is null and t.expires_at > ?";
    private static final String BY_SSO_KEY = "select u.username, u.active, u.security_stamp, r.role_name"
            + " from app_user u left join user_role r on r.user_id = u.id where u.sso_key = ?";
    private static final String LOCAL_PASSWORDS = "select setting_value from portal_setting where setting_key = ?";
    private static final String TOKEN_USED = "update api_token set last_used_at = ? where token_hash = ?";

    /** For the sign-in settings read inside a transaction: the admins' page reads its own change. */
    @Resource(lookup = "jdbc/portal")
    DataSource database;

    /**
     * For everything read at the start of a request, outside any transaction: the portal's
     * non-transactional data source, with a pool of its own. Liberty keeps a connection of a
     * transactional data source with the request's local transaction until the request ends, even
     * after it is closed, and the request's transactions then need a second one. In load runs of
     * 2026-12-02 that held every pooled connection with each request waiting for its second, and the
     * portal stopped answering (J2CA0045E) until the load ended. A connection of this source goes
     * back to its own pool when it is closed, and no request waits for it while holding one.
     */
    @Resource(lookup = "jdbc/portalReads")
    DataSource perCheck;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final Cache<String, Instant> lastUseWritten = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(LAST_USE_PRECISION)
            .build();

    public Optional<CallerState> byUsername(String username) {
        return query(BY_USERNAME, username, null);
    }

    /** The account linked to a person's key at their first sign-in through the OpenID provider. */
    public Optional<CallerState> bySsoKey(String key) {
        return query(BY_SSO_KEY, key, null);
    }

    /**
     * Whether local passwords count (an admin can switch them off while single sign-on is on).
     * Read from the database on every password attempt, like the account itself, so a change
     * applies on every node at once; a primary-key read beside a 250 ms password check.
     */
    public boolean localPasswordsAllowed() {
        DataSource source = transactions.getTransactionKey() == null ? perCheck : database;
        try (Connection connection = source.getConnection();
                PreparedStatement statement = connection.prepareStatement(LOCAL_PASSWORDS)) {
            statement.setString(1, LocalPasswords.SETTING);
            try (ResultSet rows = statement.executeQuery()) {
                return !rows.next() || !"false".equals(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new Unavailable(e);
        }
    }

    /**
     * The holder of a personal token that is neither revoked nor expired. The token's times are
     * instants: {@code now} goes to the database as one ({@link InstantConverter#toColumn}), so the
     * expiry is compared instant with instant, whatever zone the JVM, the session or the portal is in.
     */
    public Optional<CallerState> byTokenHash(String tokenHash, Instant now) {
        Optional<CallerState> holder = query(BY_TOKEN, tokenHash, InstantConverter.toColumn(now));
        holder.ifPresent(found -> recordUse(tokenHash, now));
        return holder;
    }

    private Optional<CallerState> query(String sql, String key, OffsetDateTime now) {
        try (Connection connection = perCheck.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, key);
            if (now != null) {
                statement.setObject(2, now);
            }
            try (ResultSet rows = statement.executeQuery()) {
                CallerState found = null;
                Set<String> roles = new HashSet<>();
                while (rows.next()) {
                    if (found == null) {
                        found = new CallerState(rows.getString(1), rows.getBoolean(2), rows.getLong(3), Set.of());
                    }
                    if (rows.getString(4) != null) {
                        roles.add(rows.getString(4));
                    }
                }
                return found == null
                        ? Optional.empty()
                        : Optional.of(new CallerState(found.username(), found.active(), found.stamp(), roles));
            }
        } catch (SQLException e) {
            throw new Unavailable(e);
        }
    }

    private void recordUse(String tokenHash, Instant now) {
        if (lastUseWritten.getIfPresent(tokenHash) != null) {
            return;
        }
        lastUseWritten.put(tokenHash, now);
        try (Connection connection = perCheck.getConnection();
                PreparedStatement statement = connection.prepareStatement(TOKEN_USED)) {
            statement.setObject(1, InstantConverter.toColumn(now));
            statement.setString(2, tokenHash);
            statement.executeUpdate();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "A token's last use could not be recorded", e);
        }
    }

    /** The accounts could not be read (database down, pool exhausted): the caller is neither known nor refused. */
    public static final class Unavailable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Unavailable(SQLException cause) {
            super("The account could not be read", cause);
        }
    }
}
