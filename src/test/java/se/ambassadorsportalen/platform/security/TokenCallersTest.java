package se.ambassadorsportalen.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.persistence.MigratedH2;

/**
 * The check of a personal API token on every API request (plain JDBC, before any transaction) on
 * a migrated database whose sessions are in New York's zone: a token's expiry and last use are
 * instants, compared and written as instants, also in the nights the clocks change.
 */
class TokenCallersTest {

    private JdbcDataSource db;
    private final CallerDirectory directory = new CallerDirectory();

    @BeforeEach
    void migratedDatabaseWithEva() throws SQLException {
        db = MigratedH2.fresh("token-callers");
        DataSource sessions = MigratedH2.inSessionZone(db, ZoneId.of("America/New_York"));
        directory.database = sessions;
        directory.perCheck = sessions;
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.execute("insert into app_user (id, username, password_hash) values (1, 'eva', 'x')");
            s.execute("insert into user_role (user_id, role_name) values (1, 'EMPLOYEE')");
        }
    }

    private void token(long id, String hash, Instant expires) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("insert into api_token (id, user_id, name, token_hash,"
                        + " token_hint, created_at, expires_at) values (?, 1, 'Rapporter', ?, 'ap_abc', ?, ?)")) {
            s.setLong(1, id);
            s.setString(2, hash);
            s.setObject(3, expires.minus(Duration.ofDays(30)).atOffset(ZoneOffset.UTC));
            s.setObject(4, expires.atOffset(ZoneOffset.UTC));
            s.executeUpdate();
        }
    }

    private Instant lastUsed(String hash) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("select last_used_at from api_token where token_hash = ?")) {
            s.setString(1, hash);
            try (ResultSet row = s.executeQuery()) {
                row.next();
                OffsetDateTime value = row.getObject(1, OffsetDateTime.class);
                return value == null ? null : value.toInstant();
            }
        }
    }

    private static Instant stockholm(String time) {
        return OffsetDateTime.parse(time).toInstant();
    }

    @Test
    void aTokenExpiringInTheSecondPassOfOctobersRepeatedHourCountsUntilThatInstant() throws SQLException {
        // an hour before, in the first pass of the same half hour, the wall clock reads later
        assertCountsUntil(10, stockholm("2026-10-25T02:30+01:00"), stockholm("2026-10-25T02:45+02:00"));
    }

    @Test
    void aTokenExpiringJustAfterMarchsSkippedHourCountsUntilThatInstant() throws SQLException {
        // eleven minutes before, though the wall clock shows seventy-one
        assertCountsUntil(11, stockholm("2026-03-29T03:10+02:00"), stockholm("2026-03-29T01:59+01:00"));
    }

    /** A token expiring at {@code expires} lets Eva in at {@code earlier} and a second before it, and not at it. */
    private void assertCountsUntil(long id, Instant expires, Instant earlier) throws SQLException {
        String hash = "hash-" + id;
        token(id, hash, expires);

        assertThat(directory.byTokenHash(hash, earlier))
                .as("at %s", earlier)
                .map(CallerState::username)
                .contains("eva");
        assertThat(directory.byTokenHash(hash, expires.minusSeconds(1))).isPresent();
        assertThat(directory.byTokenHash(hash, expires)).isEmpty();
    }

    @Test
    void aTokensUseIsRecordedAsTheInstantOfTheRequest() throws SQLException {
        Instant now = stockholm("2026-10-25T02:20+01:00");
        token(12, "hash-used", now.plus(Duration.ofDays(30)));

        assertThat(directory.byTokenHash("hash-used", now)).isPresent();

        assertThat(lastUsed("hash-used")).isEqualTo(now);
    }
}
