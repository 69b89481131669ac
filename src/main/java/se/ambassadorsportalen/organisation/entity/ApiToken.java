package se.ambassadorsportalen.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * A personal API token of one account, for an integration that calls the REST API as that
 * person. Only the token's hash is kept; it counts until it expires or is revoked, and it
 * carries whatever roles the account holds at the time of each call.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends VersionedEntity {

    public static final int NAME_MAX = 100;
    public static final int DEFAULT_DAYS = 90;
    public static final int MAX_DAYS = 365;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount account;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "token_hint", nullable = false, length = 12)
    private String tokenHint;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {}

    /**
     * A token named by its owner, valid for {@code days} days (1 to {@value #MAX_DAYS}) from
     * {@code now}: until the same time of day on the portal's clock, also across a change of
     * summer time (its owner reads the expiry as a date and time there, not as hours).
     */
    public ApiToken(UserAccount account, String name, String tokenHash, String tokenHint, Instant now, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("A token is valid for 1 to " + MAX_DAYS + " days, not " + days);
        }
        this.account = account;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenHint = tokenHint;
        this.createdAt = now;
        this.expiresAt = now.atZone(PortalTime.zone()).plusDays(days).toInstant();
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean isUsable(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    /** The bundle key of the token's state as its owner reads it: valid, expired or revoked. */
    public String getStatusKey() {
        if (revokedAt != null) {
            return "organisation.token.revokedStatus";
        }
        return expiresAt.isAfter(PortalTime.moment())
                ? "organisation.token.activeStatus"
                : "organisation.token.expiredStatus";
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public String getTokenHint() {
        return tokenHint;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    /** The day the token expires on the portal's clock, as its owner and the admins read it. */
    public LocalDate getExpiryDate() {
        return PortalTime.local(expiresAt).toLocalDate();
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
