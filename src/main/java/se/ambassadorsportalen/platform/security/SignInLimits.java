package se.ambassadorsportalen.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.OptionalLong;
import javax.sql.DataSource;
import se.ambassadorsportalen.platform.persistence.SqlStates;

/**
 * How many password attempts a username and a client address may make, kept in the database that
 * every node shares, so a guesser who spreads attempts over the nodes of a cluster gets no more
 * tries than on one node. Every attempt takes one from the allowance before the password is
 * checked, so guesses sent in parallel are counted like guesses sent one after another; a right
 * password gives the username its whole allowance back. A username that runs out is refused until
 * one attempt has come back (one every {@code window / attempts}); an address that tries many
 * usernames (password spraying) runs out of its own, larger allowance. Nobody waits on a sleeping
 * thread: a refused attempt is answered at once with how long to wait.
 * <p>
 * <b>How it counts</b> (a token bucket in the form of the generic cell rate algorithm): each key has
 * one row, {@code full_again_at}, the moment its allowance is whole again. An attempt is allowed
 * while at least one attempt's worth is left ({@code full_again_at <= now + window - interval}) and
 * pushes the moment one {@code interval} later; a key without a row, or whose moment has passed,
 * has its whole allowance. Deciding and counting are one conditional {@code UPDATE} (or the
 * {@code INSERT} of a key's first row, which the primary key lets through once), so two nodes racing
 * for the last attempt cannot both get it, in SQL that H2 and PostgreSQL run alike. Bucket4j, which
 * counted here before, keeps remote buckets only in per-vendor database modules (none for H2).
 * <p>
 * The rows hold a SHA-256 of the username or address, never the typed text (people type passwords
 * into the username field). Times are each node's wall clock in milliseconds: nodes keep their clocks
 * in step (NTP); a skew of a second shifts a wait by a second. A whole allowance's row is useless and
 * {@link #forgetWhole()} removes it ({@code platform.signin-limit-cleanup}).
 */
public class SignInLimits {

    static final int ATTEMPTS_PER_USERNAME = 5;
    /**
     * Generous, because a hospital's staff may all reach the portal through one proxy address;
     * spraying is still held to a few hundred guesses in a quarter of an hour.
     */
    static final int ATTEMPTS_PER_ADDRESS = 200;

    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Rounds of update-or-insert when other nodes change the same row in between; then refused. */
    private static final int ROUNDS = 3;

    /** The outcome of asking to try a password. */
    public record Attempt(boolean allowed, Duration retryAfter) {

        static final Attempt ALLOWED = new Attempt(true, Duration.ZERO);
    }

    /** One kind of allowance: so many attempts per window, one coming back every interval. */
    private record Allowance(String kind, long windowMillis, long intervalMillis) {

        Allowance(String kind, int attempts) {
            this(kind, WINDOW.toMillis(), WINDOW.toMillis() / attempts);
        }

        /** The latest {@code full_again_at} that still leaves one attempt at {@code now}. */
        long lastAllowed(long now) {
            return now + windowMillis - intervalMillis;
        }
    }

    private final DataSource db;
    private final Clock clock;
    private final Allowance perUsername;
    private final Allowance perAddress;

    public SignInLimits(DataSource db, Clock clock) {
        this(db, clock, ATTEMPTS_PER_USERNAME, ATTEMPTS_PER_ADDRESS);
    }

    public SignInLimits(DataSource db, Clock clock, int attemptsPerUsername, int attemptsPerAddress) {
        this.db = db;
        this.clock = clock;
        this.perUsername = new Allowance("u", attemptsPerUsername);
        this.perAddress = new Allowance("a", attemptsPerAddress);
    }

    /** Takes one attempt from the username's and the address's allowance, or says how long to wait. */
    public Attempt tryAttempt(String username, String address) {
        long now = clock.millis();
        String name = key(perUsername, username);
        try (Connection c = connection()) {
            OptionalLong nameWait = take(c, name, perUsername, now);
            if (nameWait.isPresent()) {
                return refused(nameWait.getAsLong());
            }
            OptionalLong placeWait = take(c, key(perAddress, address), perAddress, now);
            if (placeWait.isPresent()) {
                giveBack(c, name, perUsername);
                return refused(placeWait.getAsLong());
            }
            return Attempt.ALLOWED;
        } catch (SQLException e) {
            throw new CallerDirectory.Unavailable(e);
        }
    }

    /** A right password: the username starts afresh, and the address gets its attempt back. */
    public void succeeded(String username, String address) {
        try (Connection c = connection();
                PreparedStatement s = c.prepareStatement("delete from signin_limit where limit_key = ?")) {
            s.setString(1, key(perUsername, username));
            s.executeUpdate();
            giveBack(c, key(perAddress, address), perAddress);
        } catch (SQLException e) {
            throw new CallerDirectory.Unavailable(e);
        }
    }

    /** Whether the username has no attempts left: the moment to tell its owner. */
    public boolean isLocked(String username) {
        long now = clock.millis();
        try (Connection c = connection()) {
            OptionalLong fullAgainAt = fullAgainAt(c, key(perUsername, username));
            return fullAgainAt.isPresent() && fullAgainAt.getAsLong() > perUsername.lastAllowed(now);
        } catch (SQLException e) {
            throw new CallerDirectory.Unavailable(e);
        }
    }

    /** Removes the rows of allowances that are whole again (they count as no row); returns how many. */
    public int forgetWhole() throws SQLException {
        try (Connection c = connection();
                PreparedStatement s = c.prepareStatement("delete from signin_limit where full_again_at <= ?")) {
            s.setLong(1, clock.millis());
            return s.executeUpdate();
        }
    }

    /** Takes one attempt of {@code key}'s allowance: empty when taken, else the milliseconds until one is free. */
    private static OptionalLong take(Connection c, String key, Allowance allowance, long now) throws SQLException {
        long lastAllowed = allowance.lastAllowed(now);
        for (int round = 0; round < ROUNDS; round++) {
            try (PreparedStatement s = c.prepareStatement(
                    "update signin_limit"
                            + " set full_again_at = greatest(full_again_at, ?) + ? where limit_key = ? and full_again_at <= ?")) {
                s.setLong(1, now);
                s.setLong(2, allowance.intervalMillis());
                s.setString(3, key);
                s.setLong(4, lastAllowed);
                if (s.executeUpdate() == 1) {
                    return OptionalLong.empty();
                }
            }
            OptionalLong fullAgainAt = fullAgainAt(c, key);
            if (fullAgainAt.isPresent()) {
                if (fullAgainAt.getAsLong() > lastAllowed) {
                    return OptionalLong.of(fullAgainAt.getAsLong() - lastAllowed);
                }
                continue; // an attempt came back between the two statements: count again
            }
            try (PreparedStatement s =
                    c.prepareStatement("insert into signin_limit (limit_key, full_again_at) values (?, ?)")) {
                s.setString(1, key);
                s.setLong(2, now + allowance.intervalMillis());
                s.executeUpdate();
                return OptionalLong.empty();
            } catch (SQLException e) {
                if (!SqlStates.isDuplicateKey(e)) {
                    throw e;
                }
                // another node counted this key's first attempt at the same moment: count again
            }
        }
        return OptionalLong.of(allowance.intervalMillis());
    }

    private static void giveBack(Connection c, String key, Allowance allowance) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("update signin_limit set full_again_at = full_again_at - ? where limit_key = ?")) {
            s.setLong(1, allowance.intervalMillis());
            s.setString(2, key);
            s.executeUpdate();
        }
    }

    private static OptionalLong fullAgainAt(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select full_again_at from signin_limit where limit_key = ?")) {
            s.setString(1, key);
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    private static Attempt refused(long waitMillis) {
        return new Attempt(false, Duration.ofMillis(Math.max(1, waitMillis)));
    }

    /** The row's key: kind and a SHA-256 of the trimmed, lower-cased value (43 characters of Base64). */
    private static String key(Allowance allowance, String value) {
        String normalised = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        MessageDigest sha = PersonalTokens.sha256();
        byte[] digest = sha.digest(normalised.getBytes(StandardCharsets.UTF_8));
        return allowance.kind() + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    private Connection connection() throws SQLException {
        Connection connection = db.getConnection();
        connection.setAutoCommit(true);
        return connection;
    }
}
