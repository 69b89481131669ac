package se.ambassadorsportalen.news.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.ambassadorsportalen.news.control.FeedTokens;
import se.ambassadorsportalen.news.entity.DigestFrequency;
import se.ambassadorsportalen.news.entity.NewsItem;
import se.ambassadorsportalen.news.entity.NewsReader;
import se.ambassadorsportalen.news.entity.NewsTopic;
import se.ambassadorsportalen.organisation.boundary.CurrentUser;
import se.ambassadorsportalen.organisation.boundary.Organisation;
import se.ambassadorsportalen.organisation.boundary.UserAccounts;
import se.ambassadorsportalen.platform.PortalException;
import se.ambassadorsportalen.platform.security.OpenOnPurpose;
import se.ambassadorsportalen.platform.security.Role;

/**
 * Each member of staff's own subscriptions and private feed address. Nobody can see or change
 * another person's: every method works on the caller's own reader. The feed itself is read
 * without login, by the token in its address ({@link #feed}).
 */
@Stateless
@RolesAllowed({
    Role.Names.EMPLOYEE,
    Role.Names.MANAGER,
    Role.Names.PRESS_OFFICER,
    Role.Names.HR,
    Role.Names.COMMUNICATOR,
    Role.Names.ADMIN
})
public class NewsReaders {

    public static final int FEED_SIZE = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Organisation organisation;

    @Inject
    UserAccounts accounts;

    /** The caller's subscriptions; a reader who never subscribed follows nothing and gets no digest. */
    public NewsReader mine() {
        return find(currentUser.username()).orElseGet(() -> new NewsReader(currentUser.username(), NewsItems.now()));
    }

    public NewsReader follow(Set<NewsTopic> topics, Set<Long> unitIds, DigestFrequency frequency) {
        for (Long unitId : unitIds) {
            try {
                organisation.unit(unitId);
            } catch (RuntimeException e) {
                throw PortalException.invalidField("units", "news.audience.unknownUnit", unitId);
            }
        }
        NewsReader reader = stored();
        reader.follow(topics, unitIds, frequency);
        return reader;
    }

    /** A new private feed address; the old one stops working at once. The token is shown this once. */
    public String newFeedToken() {
        String token = FeedTokens.generate();
        stored().feedToken(FeedTokens.hash(token), NewsItems.now());
        return token;
    }

    public void revokeFeed() {
        find(currentUser.username()).ifPresent(reader -> reader.feedToken(null, null));
    }

    /**
     * The items of a private feed, by its token: what the reader follows (or everything for them
     * when they follow nothing), newest first. An unknown or revoked token, or the token of an
     * account that is no longer active, is "not found".
     */
    @PermitAll
    @OpenOnPurpose("a private feed read by its secret token, without a session")
    public Feed feed(String token) {
        if (!FeedTokens.looksLikeToken(token)) {
            throw PortalException.notFound("news.feed.notFound");
        }
        NewsReader reader = em.createQuery("select r from NewsReader r where r.feedTokenHash = :hash", NewsReader.class)
                .setParameter("hash", FeedTokens.hash(token))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> PortalException.notFound("news.feed.notFound"));
        UserAccounts.ActiveAccount account = accounts.activeAccount(reader.getUsername())
                .orElseThrow(() -> PortalException.notFound("news.feed.notFound"));
        return new Feed(reader.getUsername(), ReaderItems.of(em, reader, account.person(), null));
    }

    /** The items of a private feed, and whose it is (for the feed's title). */
    public record Feed(String username, List<NewsItem> items) {}

    private NewsReader stored() {
        return find(currentUser.username()).orElseGet(() -> {
            NewsReader reader = new NewsReader(currentUser.username(), NewsItems.now());
            em.persist(reader);
            return reader;
        });
    }

    private Optional<NewsReader> find(String username) {
        return em.createQuery("select r from NewsReader r where r.username = :username", NewsReader.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }
}
