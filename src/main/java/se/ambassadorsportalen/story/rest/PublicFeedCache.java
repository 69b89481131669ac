package se.ambassadorsportalen.story.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Supplier;
import se.ambassadorsportalen.platform.cache.RefreshAhead;
import se.ambassadorsportalen.story.entity.PublicFeedTouch;

/**
 * The public feed (Atom and JSON) as last rendered, kept for {@link #FRESH_FOR}: a careers site
 * and every feed reader polling it would otherwise each run the portrait query and render up to a
 * hundred stories. Each rendering carries an ETag (a hash of its bytes) and a Last-Modified (its
 * newest portrait), so a reader that has it already gets a 304 with no body. A committed change to a
 * published story (its consents too) empties the cache on this node at once ({@link PublicFeedTouch}), so a
 * withdrawn consent leaves the feed on the next request; another node's copy lasts at most
 * {@link #FRESH_FOR} and one reading.
 */
@ApplicationScoped
public class PublicFeedCache {

    static final Duration FRESH_FOR = Duration.ofSeconds(10);
    private static final Instant BEFORE_ANY_PORTRAIT = Instant.parse("2019-12-31T23:00:00Z");

    /** A rendered feed with its validators; the ETag without its quotes. */
    public record Rendered(byte[] body, String etag, Instant lastModified) {

        public String quotedEtag() {
            return "\"" + etag + "\"";
        }

        /** Whether the caller's copy (If-None-Match, else If-Modified-Since) is this one. */
        public boolean isNotModifiedFor(HttpServletRequest request) {
            String tags = request.getHeader("If-None-Match");
            if (tags != null) {
                return Arrays.stream(tags.split(","))
                        .map(String::trim)
                        .anyMatch(
                                tag -> tag.equals(quotedEtag()) || tag.equals("W/" + quotedEtag()) || tag.equals("*"));
            }
            long since = request.getDateHeader("If-Modified-Since");
            return since >= 0 && lastModified.toEpochMilli() <= since;
        }

        public void writeValidators(HttpServletResponse response) {
            response.setHeader("ETag", quotedEtag());
            response.setDateHeader("Last-Modified", lastModified.toEpochMilli());
        }
    }

    private final RefreshAhead<String, Rendered> rendered = new RefreshAhead<>(200, FRESH_FOR);

    /** Forgets every rendering once a change that may alter the feed is committed. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicFeedTouch.Changed change) {
        rendered.forgetAll();
    }

    /** The rendering of {@code key}; once stale, one reader renders it anew while the others get the kept one. */
    public Rendered get(String key, Supplier<Rendered> render) {
        return rendered.get(key, render);
    }

    public static Rendered of(String body, Instant newestPortrait) {
        return of(body.getBytes(StandardCharsets.UTF_8), newestPortrait);
    }

    public static Rendered of(byte[] body, Instant newestPortrait) {
        Instant newest = newestPortrait == null ? BEFORE_ANY_PORTRAIT : newestPortrait;
        return new Rendered(body, hash(body), newest.truncatedTo(ChronoUnit.SECONDS));
    }

    private static String hash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(digest)
                    .substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
