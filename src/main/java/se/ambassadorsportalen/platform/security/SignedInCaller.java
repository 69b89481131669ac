package se.ambassadorsportalen.platform.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.logging.Logger;

/**
 * A browser login as the HTTP session keeps it: who signed in and under which security stamp.
 * The roles are deliberately not kept here; they are read fresh on every request. Serializable,
 * so that a session shared between nodes carries the login with it.
 */
public record SignedInCaller(String username, long stamp) implements Serializable {

    static final String SESSION_ATTRIBUTE = SignedInCaller.class.getName();
    private static final Logger LOG = Logger.getLogger(SignedInCaller.class.getName());

    /**
     * Keeps this session signed in under the account's new stamp, after the user changed their
     * own password: the change ends every other session, not the one that made it. The session
     * id is renewed as at a login.
     */
    public static void keepSignedIn(HttpServletRequest request, String username, long newStamp) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(SESSION_ATTRIBUTE, new SignedInCaller(username, newStamp));
            request.changeSessionId();
        }
    }

    /**
     * Ends the login this browser holds, if it holds one, before a sign-in starts in it (the login
     * form, or single sign-on), so that the sign-in gets a session of its own. Liberty's session
     * security integration gives a session only to the user it first served and answers anyone
     * else with {@code SESN0008E} and a 500: a second person's login written into the first
     * person's session locked the browser out of every page until its cookies were cleared, and
     * would have handed the first person's views and session beans to the second. The request is
     * signed out first, so the new session belongs to nobody until the new caller uses it.
     *
     * @return whether a login was ended
     */
    public static boolean endHeldLogin(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (!holdsLogin(request.getRemoteUser(), session == null ? null : session.getAttribute(SESSION_ATTRIBUTE))) {
            return false;
        }
        try {
            request.logout();
        } catch (ServletException e) {
            throw new IllegalStateException("The earlier login could not be ended", e);
        }
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // the logout ended it already
            }
        }
        LOG.info("A sign-in began in a browser that was signed in: the earlier login and its session were ended");
        return true;
    }

    /**
     * Whether a request holds a login that a sign-in must end first: the container knows its
     * caller, or its session keeps a login (of any user, even one the mechanism no longer admits).
     */
    static boolean holdsLogin(String remoteUser, Object sessionLogin) {
        return remoteUser != null || sessionLogin instanceof SignedInCaller;
    }
}
