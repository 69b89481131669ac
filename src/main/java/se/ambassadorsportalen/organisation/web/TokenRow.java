package se.ambassadorsportalen.organisation.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import se.ambassadorsportalen.organisation.entity.ApiToken;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * An API token as the account pages list it. Their views keep these, not the tokens: an entity
 * would keep the persistence context that read it (with the account behind it) alive with the view.
 * The status is the one when the list was read; revoking names the token by its id. The expiry
 * and the last use are on the portal's clock, the zone every user sees.
 */
public record TokenRow(
        long id, String name, String tokenHint, LocalDate expiryDate, LocalDateTime lastUsedAt, String statusKey)
        implements Serializable {

    static TokenRow of(ApiToken token) {
        return new TokenRow(
                token.getId(),
                token.getName(),
                token.getTokenHint(),
                token.getExpiryDate(),
                PortalTime.local(token.getLastUsedAt()),
                token.getStatusKey());
    }

    /** Whether the token can still be revoked (it is neither expired nor revoked). */
    public boolean active() {
        return "organisation.token.activeStatus".equals(statusKey);
    }
}
