package se.ambassadorsportalen.organisation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.ambassadorsportalen.organisation.entity.ApiToken;
import se.ambassadorsportalen.organisation.entity.UserAccount;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.security.PersonalTokens;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * Personal API tokens: everyone may issue, list and revoke their own; admins see and revoke any
 * account's tokens. The token itself leaves the portal once, in {@link Issued}; afterwards only
 * its hint is shown.
 */
@Stateless
@RolesAllowed({
    Role.Names.EMPLOYEE,
    Role.Names.MANAGER,
    Role.Names.PRESS_OFFICER,
    Role.Names.HR,
    Role.Names.COMMUNICATOR,
    Role.Names.ADMIN,
    Role.Names.HR_IMPORT
})
public class ApiTokens {

    /** More would be a sign of tokens issued and forgotten rather than revoked. */
    public static final int MAX_USABLE_PER_ACCOUNT = 10;

    /** A newly issued token with its secret, which is never shown again. */
    public record Issued(ApiToken token, String secret) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    public Issued issue(String name, Integer days) {
        UserAccount account =
                currentUser.account().orElseThrow(() -> PortalException.forbidden("platform.error.forbidden"));
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > ApiToken.NAME_MAX) {
            throw PortalException.invalidField("name", "organisation.token.name.invalid", ApiToken.NAME_MAX);
        }
        int validDays = days == null ? ApiToken.DEFAULT_DAYS : days;
        if (validDays < 1 || validDays > ApiToken.MAX_DAYS) {
            throw PortalException.invalidField("days", "organisation.token.days.invalid", ApiToken.MAX_DAYS);
        }
        Instant now = PortalTime.moment();
        if (usableCount(account, now) >= MAX_USABLE_PER_ACCOUNT) {
            throw PortalException.conflict("organisation.token.tooMany", MAX_USABLE_PER_ACCOUNT);
        }
        String secret = PersonalTokens.generate();
        ApiToken token = new ApiToken(
                account, trimmed, PersonalTokens.hash(secret), PersonalTokens.hint(secret), now, validDays);
        em.persist(token);
        return new Issued(token, secret);
    }

    /** The caller's tokens, newest first, revoked ones included so the owner sees what happened. */
    public List<ApiToken> mine() {
        return currentUser.account().map(this::tokensOf).orElse(List.of());
    }

    public ApiToken revokeMine(long tokenId) {
        ApiToken token = find(tokenId);
        boolean owns = currentUser
                .account()
                .map(account -> account.equals(token.getAccount()))
                .orElse(false);
        if (!owns) {
            throw PortalException.notFound("organisation.token.notFound", tokenId);
        }
        token.revoke(PortalTime.moment());
        return token;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public List<ApiToken> of(long accountId) {
        return Optional.ofNullable(em.find(UserAccount.class, accountId))
                .map(this::tokensOf)
                .orElseThrow(() -> PortalException.notFound("organisation.user.notFound", accountId));
    }

    @RolesAllowed(Role.Names.ADMIN)
    public ApiToken revoke(long tokenId) {
        ApiToken token = find(tokenId);
        token.revoke(PortalTime.moment());
        return token;
    }

    private ApiToken find(long tokenId) {
        return Optional.ofNullable(em.find(ApiToken.class, tokenId))
                .orElseThrow(() -> PortalException.notFound("organisation.token.notFound", tokenId));
    }

    private List<ApiToken> tokensOf(UserAccount account) {
        return em.createQuery(
                        "select t from ApiToken t where t.account = :account order by t.createdAt desc, t.id desc",
                        ApiToken.class)
                .setParameter("account", account)
                .setMaxResults(100)
                .getResultList();
    }

    private long usableCount(UserAccount account, Instant now) {
        return em.createQuery(
                        "select count(t) from ApiToken t where t.account = :account and t.revokedAt is null"
                                + " and t.expiresAt > :now",
                        Long.class)
                .setParameter("account", account)
                .setParameter("now", now)
                .getSingleResult();
    }
}
